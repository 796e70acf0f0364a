// The editor's page: ask the knowledge base, and check a draft with its findings
// marked in place. Plain DOM code, no build step; all text goes in as text, never
// as HTML.
"use strict";

// el makes an element with attributes and children (strings become text).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

// citation writes a source the way a reader cites it.
function citation(src) {
  if (!src) return "";
  return [src.title, src.publisher, src.published].filter(Boolean).join(", ");
}

function sourceLine(src) {
  if (!src) return null;
  const line = el("p", { class: "source" }, "Source: ", citation(src));
  if (src.url && /^https?:\/\//.test(src.url)) {
    line.append(" ", el("a", { href: src.url, rel: "noopener noreferrer" }, "link"));
  }
  return line;
}

function showError(box, message) {
  box.replaceChildren(el("p", { class: "error", role: "alert" }, message));
}

// request calls the API and returns its JSON, or throws an Error with the
// server's message.
async function request(url, options) {
  let res;
  try {
    res = await fetch(url, options);
  } catch (e) {
    throw new Error("Could not reach factdesk. Check your connection and try again.");
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    if (res.status === 413) throw new Error((body && body.error) || "The passage is too long. Check it in parts.");
    throw new Error((body && body.error) || "factdesk could not answer (HTTP " + res.status + ").");
  }
  return body;
}

// --- Ask ---

async function ask(question) {
  const box = document.getElementById("answer");
  const button = document.getElementById("ask-button");
  if (!question.trim()) {
    showError(box, "Type a question first, for example: Who signed the statement?");
    return;
  }
  button.disabled = true;
  box.setAttribute("aria-busy", "true");
  try {
    const ans = await request("/api/v1/ask?q=" + encodeURIComponent(question));
    renderAnswer(box, ans);
  } catch (e) {
    showError(box, e.message);
  } finally {
    button.disabled = false;
    box.removeAttribute("aria-busy");
  }
}

function renderAnswer(box, ans) {
  const parts = [el("p", { class: "answer-text", id: "answer-text" }, ans.answer || "")];
  if (!ans.found) {
    parts[0].prepend(el("strong", {}, "Not in the knowledge base. "));
  }
  if (ans.facts && ans.facts.length) {
    parts.push(el("ol", { class: "facts", "aria-label": "Facts behind the answer" },
      ans.facts.map((f) => el("li", {},
        el("p", {}, f.statement),
        f.quote ? el("blockquote", {}, "\u201c" + f.quote + "\u201d", f.speaker ? " \u2014 " + f.speaker : "") : null,
        f.corrects ? el("p", { class: "source" }, "Corrects " + f.corrects) : null,
        sourceLine(f.source),
        el("p", { class: "fact-id" }, f.id)))));
  }
  if (ans.suggestions && ans.suggestions.length) {
    parts.push(el("p", {}, "You could ask:"));
    parts.push(el("ul", {}, ans.suggestions.map((s) => {
      const b = el("button", { type: "button", class: "link" }, s);
      b.addEventListener("click", () => {
        document.getElementById("question").value = s;
        ask(s);
      });
      return el("li", {}, b);
    })));
  }
  box.replaceChildren(...parts);
}

// --- Check ---

async function check(text) {
  const box = document.getElementById("findings");
  const button = document.getElementById("check-button");
  if (!text.trim()) {
    showError(box, "Paste a passage of your draft first.");
    return;
  }
  button.disabled = true;
  box.setAttribute("aria-busy", "true");
  try {
    const res = await request("/api/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: text }),
    });
    renderFindings(box, text, res);
  } catch (e) {
    showError(box, e.message);
  } finally {
    button.disabled = false;
    box.removeAttribute("aria-busy");
  }
}

function renderFindings(box, text, res) {
  const findings = (res.findings || []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const n = findings.length;
  const summary = n === 0
    ? "No problems found: " + res.checked + " claim(s) compared with the knowledge base."
    : n + " problem(s) found in " + res.checked + " claim(s) compared with the knowledge base.";
  const parts = [el("p", { id: "check-summary", role: "status" }, summary)];
  if (n > 0) {
    parts.push(el("h3", {}, "Your draft, with findings marked"));
    parts.push(highlight(text, findings));
    parts.push(el("h3", {}, "Findings"));
    parts.push(el("ol", { class: "findings" }, findings.map((f, i) => findingItem(f, i + 1))));
  }
  box.replaceChildren(...parts);
}

function findingItem(f, num) {
  const back = el("button", { type: "button", class: "link" }, "Show in draft");
  back.addEventListener("click", () => {
    const mark = document.getElementById("mark-" + num);
    if (!mark) return;
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    mark.classList.add("active");
    mark.scrollIntoView({ block: "center" });
    mark.focus();
  });
  return el("li", { id: "finding-" + num },
    el("p", {}, el("span", { class: "kind" }, f.kind), " \u201c", f.text, "\u201d"),
    f.expected ? el("p", {}, "Expected: ", el("span", { class: "expected" }, f.expected)) : null,
    el("p", {}, f.message),
    sourceLine(f.source),
    f.fact_id ? el("p", { class: "fact-id" }, f.fact_id) : null,
    el("p", {}, back));
}

// highlight renders the draft with each finding's span in a <mark>. Offsets are
// Unicode code points, so the text is split by code point, not UTF-16 unit.
// Overlapping findings are cut at every boundary; each piece names its findings.
function highlight(text, findings) {
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(cps.length, f.start)));
    cuts.add(Math.max(0, Math.min(cps.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const view = el("div", { class: "draft-view", id: "draft-view" });
  const marked = new Set();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = cps.slice(a, b).join("");
    const covering = [];
    findings.forEach((f, i) => { if (f.start <= a && f.end >= b) covering.push(i + 1); });
    if (covering.length === 0) {
      view.append(piece);
    } else {
      const first = covering.find((num) => !marked.has(num));
      const f = findings[covering[0] - 1];
      const mark = el("mark", {
        "data-kind": f.kind,
        "data-findings": covering.join(" "),
        title: covering.map((num) => findings[num - 1].kind + ": expected " + (findings[num - 1].expected || "see finding")).join("; "),
      }, piece);
      if (first !== undefined) {
        mark.id = "mark-" + first;
        mark.tabIndex = -1;
        marked.add(first);
      }
      view.append(mark);
    }
    findings.forEach((f, i) => {
      if (f.end === b) {
        view.append(el("sup", {}, el("a", { href: "#finding-" + (i + 1), "aria-label": "Finding " + (i + 1) + ": " + f.kind }, String(i + 1))));
      }
    });
  }
  return view;
}

// --- Wiring ---

document.addEventListener("DOMContentLoaded", () => {
  const askForm = document.getElementById("ask-form");
  askForm.addEventListener("submit", (e) => {
    e.preventDefault();
    ask(document.getElementById("question").value);
  });
  const checkForm = document.getElementById("check-form");
  checkForm.addEventListener("submit", (e) => {
    e.preventDefault();
    check(document.getElementById("draft").value);
  });
  document.getElementById("draft").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      check(e.target.value);
    }
  });
});
