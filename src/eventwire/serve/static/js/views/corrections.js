// The correction log of the whole store, latest first, with Undo for an analyst signed in: the way back for an event
// marked wrong, which no longer has a page of its own.
import { getJSON, postJSON } from "../api.js";
import { errorBox, h, route } from "../dom.js";
import { signedIn } from "./correct.js";

function describe(entry) {
  const after = entry.after || entry.before || {};
  const what = entry.action === "delete" ? `removed (${entry.reason || "wrong"})` : entry.action === "undo" ? `undid ${entry.undoes}` : entry.action;
  return `${what}: ${after.event || "?"} ${after.cameo || ""}`;
}

export async function renderCorrections(root) {
  const data = await getJSON("api/corrections", { limit: 200 });
  const entries = [...data.corrections].reverse();
  const writable = signedIn();
  root.append(h("h1", {}, "Corrections"),
    h("p", { class: "note" }, "Every correction analysts made, latest first (the store's append-only log). Undo is itself a correction."));
  if (!entries.length) {
    root.append(h("p", { class: "empty" }, "No corrections yet."));
    return;
  }
  const row = (entry) => {
    const cell = h("td", {});
    if (writable) {
      const undo = h("button", { type: "button", class: "button secondary", name: "undo" }, "Undo");
      undo.addEventListener("click", async () => {
        cell.querySelectorAll(".error").forEach((n) => n.remove());
        try {
          await postJSON(`api/events/${encodeURIComponent(entry.event_id)}/corrections`, { action: "undo", undoes: entry.id });
          window.dispatchEvent(new HashChangeEvent("hashchange"));
        } catch (err) {
          cell.append(errorBox(err));
        }
      });
      cell.append(undo);
    }
    return h("tr", { dataset: { id: entry.id, action: entry.action } },
      h("td", { class: "nowrap" }, entry.at.slice(0, 19).replace("T", " ")),
      h("td", {}, entry.author),
      h("td", {}, describe(entry)),
      h("td", {}, entry.after ? h("a", { href: route("event", [entry.event_id]) }, entry.event_id) : entry.event_id),
      h("td", {}, entry.article_id),
      h("td", {}, entry.note),
      cell);
  };
  root.append(h("div", { class: "table-wrap" }, h("table", { class: "events corrections" },
    h("thead", {}, h("tr", {}, ["When (UTC)", "Who", "What", "Event", "Article", "Note", ""].map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", {}, entries.map(row)))));
}
