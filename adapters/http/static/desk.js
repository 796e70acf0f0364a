// The desk: stories and facts for everyone to browse and search; for editors
// who sign in, the review queue, the questions nobody could answer, and
// approve, edit, correct (supersede) and retract. Uses el, citation and
// sourceLine from app.js. All text goes in as text, never as HTML.
"use strict";

// editor is the signed-in editor and their CSRF token, or null.
let editor = null;

// DeskError is an API refusal, with its HTTP status.
class DeskError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

// api calls the desk's API: JSON in and out, with the CSRF token on anything
// that changes something. A 401 means the sign-in is gone (expired, or the
// editor removed): the page says so and shows the sign-in again.
async function api(method, url, body) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (editor && method !== "GET") headers["X-CSRF-Token"] = editor.csrf_token;
  let res;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  } catch (e) {
    throw new DeskError("Could not reach factdesk. Check your connection and try again.", 0);
  }
  let data = null;
  try {
    data = await res.json();
  } catch (e) {
    data = null;
  }
  if (!res.ok) {
    const err = new DeskError((data && data.error) || "factdesk could not do that (HTTP " + res.status + ").", res.status);
    if (res.status === 401 && editor && url !== "/api/v1/session") {
      setEditor(null, "Your sign-in has ended (" + err.message + ") Sign in again to go on.");
    }
    throw err;
  }
  return data;
}

function byId(id) {
  return document.getElementById(id);
}

// status writes what the last action did, for everyone and for screen readers.
function status(message, isError) {
  const p = byId("desk-status");
  p.textContent = message;
  p.className = "desk-status" + (isError ? " error" : message ? " done" : "");
}

// --- Signing in ---

function setEditor(session, message) {
  editor = session;
  byId("signed-in").hidden = !session;
  byId("show-signin").hidden = !!session;
  byId("signin-form").hidden = true;
  byId("show-signin").setAttribute("aria-expanded", "false");
  byId("editor-name").textContent = session ? session.editor : "";
  byId("account-message").textContent = message || "";
  byId("queue-section").hidden = !session;
  byId("gaps-section").hidden = !session;
  document.body.classList.toggle("is-editor", !!session);
  refreshDesk();
}

async function signIn(token) {
  const msg = byId("account-message");
  if (!token.trim()) {
    msg.textContent = "Paste your editor token first.";
    return;
  }
  byId("signin-button").disabled = true;
  try {
    const s = await api("POST", "/api/v1/session", { token: token.trim() });
    byId("editor-token").value = "";
    setEditor(s, "");
  } catch (e) {
    msg.textContent = e.message;
  } finally {
    byId("signin-button").disabled = false;
  }
}

async function signOut() {
  try {
    await api("DELETE", "/api/v1/session");
  } catch (e) {
    // Gone already: signed out all the same.
  }
  setEditor(null, "Signed out.");
}

// --- Facts ---

const EDIT_FIELDS = [
  ["statement", "Statement", "textarea"],
  ["quote", "Quote (exact words)", "text"],
  ["speaker", "Speaker (entity id)", "text"],
  ["subject", "Subject (entity id)", "text"],
  ["predicate", "Predicate", "text"],
  ["object", "Object", "text"],
  ["value", "Value (a number)", "text"],
  ["unit", "Unit", "text"],
  ["date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)", "text"],
  ["place", "Place", "text"],
  ["source", "Source (id in the story)", "text"],
  ["keywords", "Keywords (comma-separated)", "text"],
];

function statusLabel(f) {
  let s = f.status;
  if (f.superseded_by) s += ", corrected by " + f.superseded_by;
  return s;
}

// factCard shows one fact: status, id, statement, quote, source, entities,
// review state, and the actions the reader may take.
function factCard(f) {
  const id = f.story + "/" + f.id;
  const card = el("article", { class: "fact-card status-" + f.status, "data-fact": id },
    el("p", { class: "fact-head" }, el("span", { class: "status-badge" }, statusLabel(f)), " ", el("span", { class: "fact-id" }, id)),
    el("p", { class: "statement" }, f.statement),
    f.quote ? el("blockquote", {}, "\u201c" + f.quote + "\u201d", f.speaker_name || f.speaker ? " \u2014 " + (f.speaker_name || f.speaker) : "") : null,
    f.source_info && f.source_info.id ? sourceLine(f.source_info) : null,
    f.entities && f.entities.length ? el("p", { class: "entities" },
      "About: " + f.entities.map((e) => e.name + " (" + e.role + ")").join(", ")) : null,
    f.supersedes ? el("p", { class: "source" }, "Corrects " + (f.supersedes.includes("/") ? f.supersedes : f.story + "/" + f.supersedes)) : null,
    f.reason ? el("p", { class: "reason" }, "Retracted: " + f.reason) : null,
    f.open_flags && f.open_flags.length ? el("ul", { class: "flags", "aria-label": "Open flags" },
      f.open_flags.map((fl) => el("li", {}, "Flagged by " + fl.actor + " (" + fl.surface + "): " + fl.note))) : null);
  card.append(actions(f, card));
  return card;
}

// actions are the buttons under a fact: Open for everyone; for editors, what
// the fact's status allows.
function actions(f, card) {
  const id = f.story + "/" + f.id;
  const bar = el("div", { class: "actions" });
  const open = el("button", { type: "button", class: "link open" }, "History and details");
  open.addEventListener("click", () => openFact(id));
  bar.append(open);
  if (!editor) return bar;
  const flagged = f.open_flags && f.open_flags.length;
  const add = (cls, label, fn) => {
    const b = el("button", { type: "button", class: "action " + cls }, label);
    b.addEventListener("click", fn);
    bar.append(b);
  };
  if (f.status === "pending") {
    add("approve", "Approve", () => approve(id));
    add("edit", "Edit", () => showEditForm(card, f, "edit"));
  } else if (f.status === "approved" && flagged) {
    add("approve", "Keep (close flags)", () => approve(id));
  } else if (f.status === "retracted") {
    add("approve", "Approve again", () => approve(id));
  }
  if (f.status !== "pending" && !f.superseded_by) {
    add("supersede", "Correct (supersede)", () => showEditForm(card, f, "supersede"));
  }
  if (f.status !== "retracted") {
    add("retract", "Retract", () => showRetractForm(card, id));
  }
  return bar;
}

// fact fetches one fact (the queue lists facts without their citation).
async function fetchFact(id) {
  const data = await api("GET", "/api/v1/facts/" + id);
  return data.fact;
}

function closeForms(card) {
  card.querySelectorAll(".action-form").forEach((f) => f.remove());
}

function showRetractForm(card, id) {
  closeForms(card);
  const fid = "reason-" + id.replace(/[^a-z0-9]/gi, "-");
  const form = el("form", { class: "action-form retract-form", novalidate: true },
    el("label", { for: fid }, "Why is it retracted? (kept with the fact; required)"),
    el("textarea", { id: fid, name: "reason", rows: "2", required: true }),
    el("p", { class: "check" }, el("input", { id: fid + "-quiet", name: "no_notice", type: "checkbox" }),
      el("label", { for: fid + "-quiet" }, "Post no correction in the chat conversations that were told it")),
    el("div", { class: "row" },
      el("button", { type: "submit", class: "danger confirm-retract" }, "Retract"),
      el("button", { type: "button", class: "link cancel" }, "Cancel")));
  form.querySelector(".cancel").addEventListener("click", () => form.remove());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const reason = form.elements.reason.value.trim();
    if (!reason) {
      status("Say why the fact is retracted: the reason is kept with it.", true);
      form.elements.reason.focus();
      return;
    }
    await act(form, () => api("POST", "/api/v1/facts/" + id + "/retract", { reason, no_notice: form.elements.no_notice.checked }));
  });
  card.append(form);
  form.elements.reason.focus();
}

// showEditForm edits a pending fact in place, or writes a correction of an
// approved or retracted one (supersede), from its fields.
function showEditForm(card, f, mode) {
  closeForms(card);
  const id = f.story + "/" + f.id;
  const prefix = mode + "-" + id.replace(/[^a-z0-9]/gi, "-") + "-";
  const form = el("form", { class: "action-form " + mode + "-form", novalidate: true });
  if (mode === "supersede") {
    form.append(el("p", { class: "hint" }, "The correction is a new fact that answers in place of " + id + " once approved; the old fact and its history are kept."));
  }
  for (const [name, label, kind] of EDIT_FIELDS) {
    let value = f[name];
    if (name === "keywords") value = (f.keywords || []).join(", ");
    if (value === undefined || value === null) value = "";
    const input = kind === "textarea"
      ? el("textarea", { id: prefix + name, name, rows: "3" }, String(value))
      : el("input", { id: prefix + name, name, type: "text", value: String(value), autocomplete: "off" });
    form.append(el("label", { for: prefix + name }, label), input);
  }
  if (mode === "supersede") {
    form.append(el("label", { for: prefix + "id" }, "Id of the correction (optional)"),
      el("input", { id: prefix + "id", name: "id", type: "text", autocomplete: "off", placeholder: f.id + "-corrected" }),
      el("label", { for: prefix + "reason" }, "Why it is corrected (said with the correction in chat; optional)"),
      el("input", { id: prefix + "reason", name: "reason", type: "text", autocomplete: "off" }),
      el("p", { class: "check" }, el("input", { id: prefix + "approve", name: "approve", type: "checkbox" }),
        el("label", { for: prefix + "approve" }, "Approve it now (I have checked it)")));
  }
  form.append(el("div", { class: "row" },
    el("button", { type: "submit", class: "save" }, mode === "edit" ? "Save" : "Add correction"),
    el("button", { type: "button", class: "link cancel" }, "Cancel")));
  form.querySelector(".cancel").addEventListener("click", () => form.remove());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = {};
    for (const [name] of EDIT_FIELDS) {
      const v = form.elements[name].value.trim();
      if (name === "value") {
        if (v === "") {
          if (f.value !== undefined && f.value !== null) body.clear_value = true;
          continue;
        }
        const n = Number(v.replace(/,/g, ""));
        if (!Number.isFinite(n)) {
          status("Value must be a number, such as 43 or 2.5.", true);
          form.elements.value.focus();
          return;
        }
        body.value = n;
      } else if (name === "keywords") {
        body.keywords = v ? v.split(",").map((k) => k.trim()).filter(Boolean) : [];
      } else {
        body[name] = v;
      }
    }
    if (mode === "edit") {
      await act(form, () => api("PATCH", "/api/v1/facts/" + id, body));
    } else {
      if (form.elements.id.value.trim()) body.id = form.elements.id.value.trim();
      body.approve = form.elements.approve.checked;
      if (form.elements.reason.value.trim()) body.reason = form.elements.reason.value.trim();
      await act(form, () => api("POST", "/api/v1/facts/" + id + "/supersede", body));
    }
  });
  card.append(form);
  form.elements.statement.focus();
}

async function approve(id) {
  await act(null, () => api("POST", "/api/v1/facts/" + id + "/approve"));
}

// actions counts the curation requests finished, page redrawn: the page's
// tests wait for it (body[data-desk-actions]) rather than for time to pass.
let actionsDone = 0;

// act runs one curation request, redraws what the page shows, and says what
// happened.
async function act(form, call) {
  const buttons = form ? form.querySelectorAll("button") : [];
  buttons.forEach((b) => (b.disabled = true));
  try {
    const res = await call();
    if (form) form.remove();
    await refreshDesk();
    status(res.message || "Done.");
  } catch (e) {
    status(e.message, true);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    document.body.dataset.deskActions = String(++actionsDone);
  }
}

// --- One fact, with its history ---

let openFactID = null;

async function openFact(id) {
  openFactID = id;
  const box = byId("fact-view");
  try {
    const data = await api("GET", "/api/v1/facts/" + id);
    renderFact(box, data);
    box.focus();
  } catch (e) {
    box.replaceChildren(el("p", { class: "error", role: "alert" }, e.message));
  }
}

function renderFact(box, data) {
  const close = el("button", { type: "button", class: "link close" }, "Close");
  close.addEventListener("click", () => {
    openFactID = null;
    box.replaceChildren();
  });
  box.replaceChildren(
    el("h3", { id: "fact-view-title" }, "Fact " + data.fact.story + "/" + data.fact.id),
    factCard(data.fact),
    el("h4", {}, "History"),
    data.history.length ? el("ol", { class: "history" }, data.history.map(changeItem)) : el("p", { class: "hint" }, "No recorded changes."),
    data.corrections ? el("h4", {}, "Corrections in chat") : null,
    data.corrections ? (data.corrections.length
      ? el("ul", { class: "corrections", id: "fact-corrections" }, data.corrections.map(correctionItem))
      : el("p", { class: "hint" }, "None: no conversation in chat was told of a change to this fact.")) : null,
    el("p", {}, close));
}

// correctionItem is one correction queued for, or posted to, a conversation
// in chat that was told the fact.
function correctionItem(c) {
  const where = c.conversation.platform + " " + (c.conversation.workspace ? c.conversation.workspace + "/" : "") + c.conversation.channel +
    (c.conversation.thread ? " thread " + c.conversation.thread : "");
  const what = c.kind === "superseded" ? "corrected by " + c.new_fact : "retracted";
  return el("li", { class: "correction correction-" + c.status },
    el("span", { class: "status-badge" }, c.status), " ", where, ": ", what, " by ", c.by,
    c.reason ? " (" + c.reason + ")" : "", c.last_error ? el("span", { class: "hint" }, " — " + c.last_error) : null);
}

// changeItem writes one change for people: who, when, through what, what they
// did and why, and each field before and after.
function changeItem(c) {
  const li = el("li", { class: "change" },
    el("p", {}, el("strong", {}, c.action), " by ", c.actor, c.surface ? " (" + c.surface + ")" : "", ", ", c.at.replace("T", " ").replace("Z", " UTC")),
    c.note ? el("p", { class: "note" }, c.note) : null);
  if (c.fields && c.fields.length) {
    li.append(el("table", { class: "diff" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Field"), el("th", { scope: "col" }, "Before"), el("th", { scope: "col" }, "After"))),
      el("tbody", {}, c.fields.map((d) => el("tr", {},
        el("th", { scope: "row" }, d.field),
        el("td", { class: d.old ? "old" : "old empty" }, d.old || "\u2014"),
        el("td", { class: d.new ? "new" : "new empty" }, d.new || "\u2014"))))));
  }
  return li;
}

// --- Stories ---

let openStoryID = null;

async function loadStories() {
  const box = byId("stories");
  try {
    const data = await api("GET", "/api/v1/stories");
    if (!data.stories.length) {
      box.replaceChildren(el("p", { class: "hint" }, "The knowledge base holds no story yet."));
      return;
    }
    box.replaceChildren(el("ul", { class: "stories" }, data.stories.map((s) => {
      const b = el("button", { type: "button", class: "link story-link", "data-story": s.id }, s.title);
      b.addEventListener("click", () => openStory(s.id));
      return el("li", {}, b, " ", el("span", { class: "hint" }, s.date + " \u00b7 " + counts(s)));
    })));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

function counts(c) {
  return c.approved + " approved \u00b7 " + c.pending + " pending \u00b7 " + c.retracted + " retracted";
}

async function openStory(id) {
  openStoryID = id;
  const box = byId("story-view");
  try {
    const data = await api("GET", "/api/v1/stories/" + encodeURIComponent(id));
    const close = el("button", { type: "button", class: "link close" }, "Close the story");
    close.addEventListener("click", () => {
      openStoryID = null;
      box.replaceChildren();
    });
    box.replaceChildren(
      el("h3", { id: "story-title" }, data.story.title),
      el("p", { class: "hint" }, data.story.date + " \u00b7 " + data.story.id + " \u00b7 " + counts(data.counts)),
      data.story.summary ? el("p", {}, data.story.summary) : null,
      data.sources.length ? el("ul", { class: "sources", "aria-label": "Sources" }, data.sources.map((s) => el("li", {}, s.id + ": " + citation(s)))) : null,
      data.entities.length ? el("p", { class: "entities" }, "Entities: " + data.entities.map((e) => e.name + " (" + e.id + ", " + e.kind + ")").join(", ")) : null,
      el("div", { class: "fact-list" }, data.facts.map(factCard)),
      el("p", {}, close));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

// --- Search ---

let lastSearch = "";

async function search(q) {
  lastSearch = q;
  const box = byId("search-results");
  if (!q.trim()) {
    box.replaceChildren();
    return;
  }
  try {
    const data = await api("GET", "/api/v1/search?q=" + encodeURIComponent(q));
    box.replaceChildren(
      el("p", { id: "search-summary" }, data.facts.length ? data.facts.length + (data.facts.length === 1 ? " fact holds " : " facts hold ") + "\u201c" + q + "\u201d:" : "No fact holds \u201c" + q + "\u201d."),
      el("div", { class: "fact-list" }, data.facts.map(factCard)));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

// --- The queue and the questions nobody could answer (editors) ---

async function loadQueue() {
  const box = byId("queue");
  try {
    const rev = await api("GET", "/api/v1/review");
    if (!rev.pending.length && !rev.flags.length) {
      box.replaceChildren(el("p", { class: "hint", id: "queue-empty" }, "Nothing awaits review: no pending facts, no open flags."));
      return;
    }
    // The queue lists facts without their citations and review state: each
    // is read in full, so its card offers what its state allows.
    const ids = [...new Set([...rev.pending.map((p) => p.story + "/" + p.id), ...rev.flags.map((fl) => fl.fact)])];
    const full = await Promise.all(ids.map((id) => fetchFact(id).catch(() => null)));
    box.replaceChildren(
      el("p", { class: "hint" }, rev.pending.length + " pending, " + rev.flags.length + " open flag" + (rev.flags.length === 1 ? "" : "s") + "."),
      el("div", { class: "fact-list", id: "queue-list" }, full.filter(Boolean).map(factCard)));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

async function loadGaps() {
  const box = byId("gaps");
  try {
    const data = await api("GET", "/api/v1/gaps?since=7d");
    if (!data.groups.length) {
      box.replaceChildren(el("p", { class: "hint", id: "gaps-empty" }, "Every question of the last 7 days was answered."));
      return;
    }
    box.replaceChildren(el("ol", { class: "gaps", id: "gaps-list" }, data.groups.map(gapItem)));
  } catch (e) {
    box.replaceChildren(el("p", { class: "error" }, e.message));
  }
}

function gapItem(g) {
  const li = el("li", { class: "gap", "data-key": g.key },
    el("p", {}, el("strong", { class: "gap-question" }, g.question), " ",
      el("span", { class: "hint" }, "asked " + g.count + (g.count === 1 ? " time" : " times") + ", last " + (g.last_asked || "").replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC"))),
    g.wordings && g.wordings.length ? el("p", { class: "hint" }, "Also asked as: " + g.wordings.join("; ")) : null,
    g.nearest && g.nearest.length ? el("ul", { class: "nearest", "aria-label": "Nearest facts" }, g.nearest.map((f) => {
      const b = el("button", { type: "button", class: "link" }, f.id);
      b.addEventListener("click", () => openFact(f.id));
      return el("li", {}, f.statement, " ", b);
    })) : el("p", { class: "hint" }, "No fact comes near it."));
  if (editor) {
    const b = el("button", { type: "button", class: "action dismiss" }, "Dismiss");
    b.addEventListener("click", () => act(null, async () => {
      const res = await api("POST", "/api/v1/gaps/" + encodeURIComponent(g.key) + "/dismiss");
      return { message: "Dismissed \u201c" + ((res.dismissed && res.dismissed.question) || g.question) + "\u201d." };
    }));
    li.append(el("div", { class: "actions" }, b));
  }
  return li;
}

// refreshDesk redraws what is open after a change or a sign-in.
async function refreshDesk() {
  const jobs = [loadStories()];
  if (openStoryID) jobs.push(openStory(openStoryID));
  if (openFactID) jobs.push(openFact(openFactID));
  if (lastSearch) jobs.push(search(lastSearch));
  if (editor) jobs.push(loadQueue(), loadGaps());
  else {
    byId("queue").replaceChildren();
    byId("gaps").replaceChildren();
  }
  await Promise.all(jobs);
}

// --- Wiring ---

document.addEventListener("DOMContentLoaded", async () => {
  byId("show-signin").addEventListener("click", () => {
    const form = byId("signin-form");
    form.hidden = !form.hidden;
    byId("show-signin").setAttribute("aria-expanded", String(!form.hidden));
    if (!form.hidden) byId("editor-token").focus();
  });
  byId("signin-form").addEventListener("submit", (e) => {
    e.preventDefault();
    signIn(byId("editor-token").value);
  });
  byId("signout-button").addEventListener("click", signOut);
  byId("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    search(byId("search").value);
  });
  let session = null;
  try {
    session = await api("GET", "/api/v1/session");
  } catch (e) {
    session = null; // not signed in: read-only
  }
  setEditor(session, "");
  document.body.dataset.deskReady = "true";
});
