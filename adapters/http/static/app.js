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

// sameWords reduces text to its words in lower case, to tell a suggestion
// that only repeats the question.
function sameWords(s) {
  return (s || "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
}

// NEAREST_FACT is how the engine offers a fact near a question it cannot
// answer: "Nearest fact (story/fact): statement".
const NEAREST_FACT = /^Nearest fact \(([^)]*)\): (.*)$/s;

function renderAnswer(box, ans) {
  const text = el("p", { class: ans.found ? "answer-text" : "answer-text not-found", id: "answer-text" }, ans.answer || "");
  // The engine's reply says it is not in the knowledge base; say it only if it does not.
  if (!ans.found && !/not in the knowledge base/i.test(ans.answer || "")) {
    text.prepend(el("strong", {}, "Not in the knowledge base. "));
  }
  const parts = [text];
  if (ans.facts && ans.facts.length) {
    parts.push(el("ol", { class: "facts", "aria-label": "Facts behind the answer" },
      ans.facts.map((f) => el("li", {},
        el("p", {}, f.statement),
        f.quote ? el("blockquote", {}, "\u201c" + f.quote + "\u201d", f.speaker ? " \u2014 " + f.speaker : "") : null,
        f.corrects ? el("p", { class: "source" }, "Corrects " + f.corrects) : null,
        sourceLine(f.source),
        el("p", { class: "fact-id" }, f.id)))));
  }
  // Questions to ask instead, as buttons that ask them (never the question
  // just asked), and the nearest facts, to read.
  const asked = sameWords(ans.question);
  const questions = [];
  const nearest = [];
  for (const s of ans.suggestions || []) {
    const m = NEAREST_FACT.exec(s);
    if (m) nearest.push({ id: m[1], statement: m[2] });
    else if (sameWords(s) !== asked) questions.push(s);
  }
  if (questions.length) {
    parts.push(el("p", { id: "suggestions-title" }, "You could ask:"));
    parts.push(el("ul", { class: "suggestions", "aria-labelledby": "suggestions-title" }, questions.map((s) => {
      const b = el("button", { type: "button", class: "link" }, s);
      b.addEventListener("click", () => {
        document.getElementById("question").value = s;
        ask(s);
      });
      return el("li", {}, b);
    })));
  }
  if (nearest.length) {
    parts.push(el("p", { id: "nearest-title" }, "Nearest facts:"));
    parts.push(el("ul", { class: "nearest", "aria-labelledby": "nearest-title" }, nearest.map((f) => el("li", {},
      el("p", {}, f.statement),
      el("p", { class: "fact-id" }, f.id)))));
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

// The kinds of claim a check compares, each marked in its own colour, in the
// legend's order.
const KINDS = ["number", "quote", "attribution", "name", "title", "date"];

const NOTHING_CHECKABLE = "Nothing in this passage could be checked against the knowledge base.";

function count(n, noun) {
  return n + " " + noun + (n === 1 ? "" : "s");
}

function agree(n) {
  return n === 1 ? "agrees" : "agree";
}

// nothingCheckable: no claim compared, none contradicted, none about anyone
// the knowledge base knows. Such a passage gets no all-clear.
function nothingCheckable(res) {
  return !res.checked && !res.findings.length && !res.unsupported.length && !res.supported.length && !res.unchecked;
}

// checkSummary says what every surface says of a check (bot.CheckSummary).
function checkSummary(res) {
  const note = uncheckedNote(res);
  return note ? summaryHead(res) + " " + note : summaryHead(res);
}

// uncheckedNote says what a check left unchecked when its budget ran out
// (bot.UncheckedNote), "" when it compared every claim.
function uncheckedNote(res) {
  const n = res.unchecked || 0;
  if (n <= 0) return "";
  return "Only part of the passage was checked: " + count(n, "claim") + " from character " +
    (res.unchecked_from + 1).toLocaleString("en-US") + " on " + (n === 1 ? "was" : "were") +
    " not compared (too much to compare at once). Check the rest on its own.";
}

function summaryHead(res) {
  if (nothingCheckable(res)) return NOTHING_CHECKABLE;
  const c = res.findings.length, u = res.unsupported.length, s = res.supported.length, n = res.checked || 0;
  let head;
  const tail = [];
  if (c > 0) {
    head = count(c, "problem") + " found in " + count(Math.max(n, c), "claim") + " compared";
    if (s > 0) tail.push(s + " " + agree(s) + " with the knowledge base");
  } else if (s > 0) {
    head = "No contradictions: " + count(s, "claim") + " " + agree(s) + " with the knowledge base";
  } else if (n > 0) {
    head = "No contradictions in " + count(n, "claim") + " compared with the knowledge base";
  } else if (u === 0) {
    return "No claim was compared with the knowledge base.";
  } else {
    return "No contradictions found, but " + count(u, "claim") + (u === 1 ? " is" : " are") + " not backed by any fact.";
  }
  if (u > 0) tail.push(u + " not backed by any fact");
  return [head, ...tail].join("; ") + ".";
}

// outcome is the worst verdict of a check, which colours its summary.
function outcome(res) {
  if (res.findings.length) return "contradicted";
  if (res.unsupported.length || res.unchecked) return "unsupported";
  if (nothingCheckable(res)) return "nothing";
  return "agrees";
}

function byPosition(list) {
  return (list || []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
}

function kindClass(kind) {
  return KINDS.includes(kind) ? "kind-" + kind : "kind-other";
}

function renderFindings(box, text, raw) {
  const res = {
    findings: byPosition(raw.findings),
    unsupported: byPosition(raw.unsupported),
    supported: byPosition(raw.supported),
    checked: raw.checked,
    unchecked: raw.unchecked || 0,
    unchecked_from: raw.unchecked_from || 0,
  };
  const parts = [el("p", { id: "check-summary", class: "summary outcome-" + outcome(res), role: "status" }, checkSummary(res))];
  if (res.findings.length || res.unsupported.length || res.supported.length || res.unchecked) {
    parts.push(el("h3", {}, "Your draft, marked"));
    parts.push(legend());
    parts.push(highlight(text, res));
  }
  if (res.findings.length) {
    parts.push(el("h3", {}, "Contradicted by the knowledge base"));
    parts.push(el("ol", { class: "findings" }, res.findings.map((f, i) => findingItem(f, i + 1))));
  }
  if (res.unsupported.length) {
    parts.push(el("h3", {}, "Not backed by any fact"));
    parts.push(el("p", { class: "hint" }, "These name someone or something the knowledge base knows, but no fact says so. It may simply not hold them: confirm them elsewhere."));
    parts.push(el("ul", { class: "unbacked" }, res.unsupported.map((f) => el("li", {},
      el("p", {}, el("span", { class: "kind " + kindClass(f.kind) }, f.kind), " \u201c", f.text, "\u201d"),
      el("p", {}, f.message)))));
  }
  if (res.supported.length) {
    parts.push(el("details", { class: "agrees" },
      el("summary", {}, count(res.supported.length, "claim") + " " + agree(res.supported.length) + " with the knowledge base"),
      el("ul", {}, res.supported.map((f) => el("li", {},
        el("p", {}, el("span", { class: "kind " + kindClass(f.kind) }, f.kind), " \u201c", f.text, "\u201d"),
        sourceLine(f.source),
        f.fact_id ? el("p", { class: "fact-id" }, f.fact_id) : null)))));
  }
  box.replaceChildren(...parts);
}

// legend is the key to the marks: a colour for each kind of contradiction,
// then the softer marks of the claims no fact backs and those one does.
function legend() {
  return el("ul", { class: "legend", id: "legend", "aria-label": "Key to the marks" },
    KINDS.map((k) => el("li", {}, el("mark", { class: "claim contradicted " + kindClass(k) }, k))),
    el("li", {}, el("span", { class: "claim unsupported" }, "not backed by any fact")),
    el("li", {}, el("span", { class: "claim supported" }, "agrees with the knowledge base")));
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
    el("p", {}, el("span", { class: "kind " + kindClass(f.kind) }, f.kind), " \u201c", f.text, "\u201d"),
    f.expected ? el("p", {}, "Expected: ", el("span", { class: "expected" }, f.expected)) : null,
    el("p", {}, f.message),
    sourceLine(f.source),
    f.fact_id ? el("p", { class: "fact-id" }, f.fact_id) : null,
    el("p", {}, back));
}

// highlight renders the draft with each claim's span marked: a contradiction
// in a <mark> coloured by its kind and numbered, a claim no fact backs with a
// dotted underline, one a fact backs with a faint green one; each says why in
// its tooltip. Offsets are Unicode code points, so the text is split by code
// point, not UTF-16 unit. Overlapping claims are cut at every boundary; a
// piece takes the style of its worst verdict and names all its claims.
function highlight(text, res) {
  const cps = Array.from(text);
  const claims = [
    ...res.findings.map((f, i) => ({ f, verdict: "contradicted", num: i + 1 })),
    ...res.unsupported.map((f) => ({ f, verdict: "unsupported" })),
    ...res.supported.map((f) => ({ f, verdict: "supported" })),
  ];
  const clamp = (x) => Math.max(0, Math.min(cps.length, x));
  const cuts = new Set([0, cps.length]);
  // The part a check left unchecked is set apart, as not compared at all.
  const uncheckedFrom = res.unchecked ? clamp(res.unchecked_from) : cps.length;
  cuts.add(uncheckedFrom);
  for (const c of claims) {
    cuts.add(clamp(c.f.start));
    cuts.add(clamp(c.f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const view = el("div", { class: "draft-view", id: "draft-view" });
  const marked = new Set();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = cps.slice(a, b).join("");
    const covering = claims.filter((c) => c.f.start <= a && c.f.end >= b);
    const wrong = covering.filter((c) => c.verdict === "contradicted");
    const soft = covering.filter((c) => c.verdict === "unsupported");
    if (wrong.length) {
      const first = wrong.find((c) => !marked.has(c.num));
      const mark = el("mark", {
        class: "claim contradicted " + kindClass(wrong[0].f.kind),
        "data-kind": wrong[0].f.kind,
        "data-findings": wrong.map((c) => c.num).join(" "),
        title: wrong.map((c) => c.f.kind + ": expected " + (c.f.expected || "see finding")).join("; "),
      }, piece);
      if (first !== undefined) {
        mark.id = "mark-" + first.num;
        mark.tabIndex = -1;
        marked.add(first.num);
      }
      view.append(mark);
    } else if (soft.length) {
      view.append(el("span", {
        class: "claim unsupported",
        "data-kind": soft[0].f.kind,
        title: soft.map((c) => "Not backed by any fact: " + c.f.message).join("\n"),
      }, piece));
    } else if (covering.length) {
      view.append(el("span", {
        class: "claim supported",
        "data-kind": covering[0].f.kind,
        title: covering.map((c) => c.f.message + (c.f.fact_id ? " (" + c.f.fact_id + ")" : "")).join("\n"),
      }, piece));
    } else if (a >= uncheckedFrom) {
      view.append(el("span", { class: "unchecked", title: "Not checked: the check's budget ran out before here. Check this part on its own." }, piece));
    } else {
      view.append(piece);
    }
    for (const c of wrong) {
      if (c.f.end === b) {
        view.append(el("sup", {}, el("a", { href: "#finding-" + c.num, "aria-label": "Finding " + c.num + ": " + c.f.kind }, String(c.num))));
      }
    }
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
