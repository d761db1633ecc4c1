// Corrections on the event page: change the type, mode, actor, recipient, date or place of one article's event, mark
// it wrong, undo a correction, add an event the coder missed by selecting its words; keyboard shortcuts; and the
// "Explain why" panel. Writes go through api.js postJSON with the write token; without it none of this is shown.
import { getJSON, postJSON } from "../api.js";
import { actorCodes, actorNames, append, errorBox, h, route } from "../dom.js";

export const SHORTCUTS = [
  ["t", "change the type"],
  ["a", "the selected words become the actor"],
  ["r", "the selected words become the recipient"],
  ["n", "add a missed event: the selected words report it"],
  ["w", "mark the event wrong"],
  ["?", "show or hide these keys"],
];
let ontologyCache = null;

export async function ontology() {
  if (!ontologyCache) ontologyCache = await getJSON("api/ontology");
  return ontologyCache;
}

export function signedIn() {
  const box = document.getElementById("signin");
  return Boolean(box && box.dataset.signedIn === "yes");
}

/** The selected words inside `root`, as offsets into the article: {start, end, text}, or null. Any element with a
 * data-base attribute holds article text starting at that offset (the full text at 0, a sentence at its start). */
export function selectionIn(root) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  for (const box of root.querySelectorAll("[data-base]")) {
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) continue;
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    const start = Number(box.dataset.base) + before.toString().length;
    const text = range.toString();
    return { start, end: start + text.length, text };
  }
  return null;
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function options(values, chosen) {
  return values.map(([value, label]) => h("option", { value, selected: value === chosen }, label));
}

/** Type, CAMEO and mode controls, the CAMEO codes and modes following the chosen type. */
function typeControls(onto, ev) {
  const type = h("select", { name: "event" }, options(onto.types.map((t) => [t.name, t.name]), ev ? ev.event : "CONSULT"));
  const cameo = h("select", { name: "cameo" });
  const modes = h("span", { class: "modes" });
  const fill = () => {
    const kind = onto.types.find((t) => t.name === type.value);
    const keep = ev && kind.cameo.some((c) => c.code === ev.cameo) ? ev.cameo : kind.generic_cameo;
    cameo.replaceChildren(...options(kind.cameo.map((c) => [c.code, `${c.code} ${c.label}`]), keep));
    modes.replaceChildren(...kind.modes.map((m) => h("label", { class: "field check" },
      h("input", { type: "checkbox", name: "mode", value: m, checked: Boolean(ev && (ev.mode || []).includes(m)) }), m)));
  };
  type.addEventListener("change", fill);
  fill();
  return { type, cameo, modes, value: () => ({
    event: type.value, cameo: cameo.value,
    mode: [...modes.querySelectorAll("input:checked")].map((i) => i.value),
  }) };
}

/** A participant as the API takes it back (offsets when it has them, else its words), with a new code or sector. */
function participantSpec(ref, recode = {}) {
  const spec = { text: ref.text, name: ref.name, kind: ref.kind, code: ref.code || null, sector: ref.sector || null };
  if (Number.isInteger(ref.start) && Number.isInteger(ref.end)) Object.assign(spec, { start: ref.start, end: ref.end });
  return { ...spec, ...recode };
}

/** Where to go after a write: the event's (possibly new) cross-source event, or the table when it is gone. */
function follow(entry) {
  const target = entry.cluster_id ? route("event", [entry.cluster_id]) : route("events");
  if (window.location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else window.location.hash = target;
}

/** Run a write; show its error inside `box` (the form stays as typed), or follow the result. */
async function submit(box, write) {
  box.querySelectorAll(".error, .done").forEach((n) => n.remove());
  try {
    const entry = await write();
    follow(entry);
  } catch (err) {
    box.prepend(errorBox(err));
  }
}

function sidesForm(ev, onto, path, note) {
  const form = h("div", { class: "fix-sides" });
  for (const role of ["actor", "recipient"]) {
    const refs = ev[role] || [];
    const first = refs[0] || null;
    const code = h("select", { name: `${role}-code` },
      h("option", { value: "" }, "no country"), options(onto.countries.map((c) => [c.code, `${c.code} ${c.name}`]), first ? first.code : ""));
    const sector = h("select", { name: `${role}-sector` },
      h("option", { value: "" }, "no sector"), options(onto.sectors.map((s) => [s, s]), first ? first.sector : ""));
    const take = h("button", { type: "button", class: "button secondary", name: `use-selection-${role}` }, `Selected words → ${role}`);
    const recode = h("button", { type: "button", class: "button secondary", name: `recode-${role}`, disabled: !first }, `Recode ${role}`);
    take.addEventListener("click", () => useSelection(form, role, path, note));
    recode.addEventListener("click", () => submit(form, () => postJSON(path, { action: "edit", note: note(), changes: {
      [role]: [participantSpec(first, { code: code.value || null, sector: sector.value || null }), ...refs.slice(1).map((r) => participantSpec(r))],
    } })));
    form.append(h("div", { class: "side", dataset: { role } },
      h("strong", {}, `${role[0].toUpperCase()}${role.slice(1)}: `), actorNames(refs) || "–", " ",
      h("span", { class: "codes" }, actorCodes(refs)), h("div", { class: "row" }, take, code, sector, recode)));
  }
  return form;
}

function useSelection(form, role, path, note) {
  const report = form.closest("section.report");
  const picked = selectionIn(report);
  if (!picked) {
    form.querySelectorAll(".error").forEach((n) => n.remove());
    form.prepend(errorBox({ code: "E801", message: `select the ${role}'s words in the article first`,
      hint: "open the full article text or use the sentence above; then press the button (or the key)" }));
    return;
  }
  submit(form, () => postJSON(path, { action: "edit", note: note(), changes: { [role]: [{ start: picked.start, end: picked.end }] } }));
}

function logList(ev, path) {
  const list = h("ol", { class: "log" });
  for (const c of ev.corrections || []) {
    const undo = h("button", { type: "button", class: "button secondary", name: "undo", dataset: { undoes: c.id } }, "Undo");
    undo.addEventListener("click", () => submit(list, () => postJSON(path, { action: "undo", undoes: c.id })));
    list.append(h("li", { dataset: { id: c.id } }, `${c.at.slice(0, 16).replace("T", " ")} · ${c.author} · ${c.action}`,
      c.fields && c.fields.length ? ` (${c.fields.join(", ")})` : "", c.reason ? ` (${c.reason})` : "",
      c.note ? ` · “${c.note}”` : "", " ", undo));
  }
  return ev.corrections && ev.corrections.length ? h("div", {}, h("h4", {}, "Corrections"), list) : null;
}

/** The correction forms of one report's (per-article) event. */
export function correctionPanel(report, onto) {
  const ev = report.event;
  const path = `api/events/${encodeURIComponent(ev.id)}/corrections`;
  const noteInput = h("input", { type: "text", name: "note", maxlength: "2000", placeholder: "why (optional, logged)" });
  const note = () => noteInput.value.trim();
  const panel = h("section", { class: "correct", dataset: { event: ev.id } }, h("h3", {}, "Correct this report"));

  const kind = typeControls(onto, ev);
  const typeForm = h("form", { class: "fix-type" }, field("Type (PLOVER)", kind.type), field("CAMEO", kind.cameo),
    field("Mode", kind.modes), h("button", { type: "submit" }, "Change type"));
  typeForm.addEventListener("submit", (e) => {
    e.preventDefault();
    submit(typeForm, () => postJSON(path, { action: "edit", note: note(), changes: kind.value() }));
  });

  const date = h("input", { type: "text", name: "date", value: ev.date || "", placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?" });
  const place = h("input", { type: "text", name: "place", value: ev.event_loc ? ev.event_loc.name : "", placeholder: "city" });
  const whenForm = h("form", { class: "fix-when" }, field("Date", date), field("Place", place), h("button", { type: "submit" }, "Save date and place"));
  whenForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const changes = {};
    if (date.value.trim() !== (ev.date || "")) changes.date = date.value.trim() || null;
    if (place.value.trim() !== (ev.event_loc ? ev.event_loc.name : "")) changes.event_loc = place.value.trim() ? { name: place.value.trim() } : null;
    submit(whenForm, () => postJSON(path, { action: "edit", note: note(), changes }));
  });

  const reason = h("select", { name: "reason" }, options(onto.reasons.map((r) => [r, r.replace(/-/g, " ")]), "not-an-event"));
  const wrongForm = h("form", { class: "mark-wrong" }, field("This is wrong:", reason), h("button", { type: "submit", class: "danger" }, "Mark wrong"));
  wrongForm.addEventListener("submit", (e) => {
    e.preventDefault();
    submit(wrongForm, () => postJSON(path, { action: "delete", reason: reason.value, note: note() }));
  });

  return append(panel, [field("Note", noteInput), typeForm, sidesForm(ev, onto, path, note), whenForm, wrongForm, logList(ev, path)]);
}

/** The form that adds an event the coder missed to the report's article, from selected words. */
export function addEventForm(report, onto) {
  const articleId = (report.article && report.article.id) || report.event.article_id;
  const picked = { trigger: null, actor: null, recipient: null };
  const shown = {};
  const form = h("form", { class: "add-event", dataset: { article: articleId } }, h("h3", {}, "Add an event the coder missed"),
    h("p", { class: "note" }, "Select words in the article, then take them as the trigger (the words that report the event), actor or recipient."));
  for (const part of ["trigger", "actor", "recipient"]) {
    shown[part] = h("span", { class: "picked", dataset: { part } }, "–");
    const take = h("button", { type: "button", class: "button secondary", name: `pick-${part}` }, `Selected words → ${part}`);
    take.addEventListener("click", () => pick(part));
    form.append(h("div", { class: "row" }, take, shown[part]));
  }
  const kind = typeControls(onto, null);
  const date = h("input", { type: "text", name: "date", placeholder: "YYYY-MM-DD" });
  form.append(h("div", { class: "row" }, field("Type (PLOVER)", kind.type), field("CAMEO", kind.cameo), field("Mode", kind.modes),
    field("Date", date)), h("button", { type: "submit" }, "Add event"));
  function pick(part) {
    const sel = selectionIn(form.closest("section.report"));
    form.querySelectorAll(".error").forEach((n) => n.remove());
    if (!sel) {
      form.prepend(errorBox({ code: "E801", message: `select the ${part}'s words in the article first` }));
      return false;
    }
    picked[part] = { start: sel.start, end: sel.end };
    shown[part].textContent = sel.text;
    return true;
  }
  form.pick = pick;
  form.focusType = () => kind.type.focus();
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const body = { ...kind.value(), trigger: picked.trigger, actor: picked.actor ? [picked.actor] : [],
      recipient: picked.recipient ? [picked.recipient] : [], date: date.value.trim() || null };
    if (!picked.trigger) {
      form.querySelectorAll(".error").forEach((n) => n.remove());
      form.prepend(errorBox({ code: "E801", message: "trigger: select the words that report the event, then take them as the trigger" }));
      return;
    }
    submit(form, () => postJSON(`api/articles/${encodeURIComponent(articleId)}/events`, body));
  });
  return form;
}

/** Keyboard shortcuts on the event page; returns the function that removes them. */
export function shortcuts(root) {
  const help = h("div", { class: "shortcuts", hidden: true }, h("h4", {}, "Keys"),
    h("dl", {}, SHORTCUTS.map(([key, what]) => [h("dt", {}, h("kbd", {}, key)), h("dd", {}, what)])));
  root.append(help);
  const onKey = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, select, textarea, [contenteditable]")) return;
    const selection = window.getSelection();
    const anchor = selection && selection.anchorNode ? selection.anchorNode.parentElement : null;
    const report = (anchor && anchor.closest("section.report")) || root.querySelector("section.report");
    if (!report) return;
    const act = {
      t: () => report.querySelector("form.fix-type select[name=event]").focus(),
      a: () => report.querySelector("button[name=use-selection-actor]").click(),
      r: () => report.querySelector("button[name=use-selection-recipient]").click(),
      n: () => { const form = report.querySelector("form.add-event"); if (form.pick("trigger")) form.focusType(); },
      w: () => report.querySelector("form.mark-wrong select[name=reason]").focus(),
      "?": () => { help.hidden = !help.hidden; },
    }[event.key];
    if (act) { event.preventDefault(); act(); }
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}

function scoreTable(head, rows) {
  return h("table", { class: "events compact" }, h("thead", {}, h("tr", {}, head.map((x) => h("th", {}, x)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((x) => h("td", {}, x))))));
}

/** Why the report reads as it does: patterns and models with their versions, dictionary entries, runners-up. */
export function whyPanel(why) {
  if (!why) return null;
  const patterns = (why.patterns || []).map((p) => h("li", { dataset: { pattern: p.id } }, h("code", {}, p.id), ` — ${p.what}`,
    p.event ? `: ${p.event} ${p.cameo} ${p.cameo_label || ""}, words ${(p.words || []).join(", ")}${p.construction ? ` (${p.construction})` : ""}` : "",
    p.rereadings && p.rereadings.length ? `; re-read by ${p.rereadings.join(", ")}` : ""));
  const sides = (why.participants || []).map((p) => h("li", {}, `${p.role}: “${p.text}” → ${p.code || "no code"} by ${p.how}`));
  return h("details", { class: "why" }, h("summary", {}, "Explain why"),
    h("h4", {}, "Coded by"), h("ul", {}, h("li", {}, `coder ${why.coder || "?"}`), patterns),
    sides.length ? [h("h4", {}, "Participants"), h("ul", {}, sides)] : null,
    why.date ? h("p", {}, `Date read from “${why.date.text}”${why.date.inferred ? " (inferred)" : ""}.`) : null,
    why.place ? h("p", {}, `Place “${why.place.text}” from ${why.place.how}.`) : null,
    (why.type_scores || []).length ? [h("h4", {}, "Type scores (the detector's readings; NONE = no event)"),
      scoreTable(["type", "p"], why.type_scores.map(([label, p]) => [label, p]))] : null,
    (why.participant_scores || []).length ? [h("h4", {}, "Participant scores (likeliest phrases)"),
      scoreTable(["phrase", "actor", "recipient"], why.participant_scores.map((o) => [o.text, o.actor, o.recipient]))] : null,
    h("h4", {}, "Versions"), h("ul", { class: "versions" }, [...(why.models || []), ...(why.components || [])].map((v) => h("li", { class: "mono" }, v))));
}
