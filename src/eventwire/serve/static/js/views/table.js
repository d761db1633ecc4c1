// The event table: filters, full-text search, paging; one row per cross-source event (or per article).
import { getJSON } from "../api.js";
import { actorCodes, actorNames, h, QUAD, route } from "../dom.js";
import { filterForm, filterParams } from "../filters.js";

const LIMIT = 50;

function actorCell(refs) {
  return h("td", {}, actorNames(refs), h("div", { class: "codes" }, actorCodes(refs)));
}

function row(ev) {
  const sentence = ev.mentions && ev.mentions.length ? ev.mentions[0].sentence : "";
  return h("tr", { dataset: { id: ev.id } },
    h("td", { class: "nowrap" }, ev.date || "–", ev.date_precision && ev.date_precision !== "day"
      ? h("div", { class: "codes" }, ev.date_precision) : null),
    h("td", {}, h("a", { href: route("event", [ev.id]), class: `quad quad-${ev.quad_code}`,
      title: QUAD[ev.quad_code] || "" }, ev.event),
      ev.corrected ? h("span", { class: "badge", title: "corrected by an analyst" }, "corrected") : null),
    h("td", { class: "mono" }, ev.cameo),
    actorCell(ev.actor),
    actorCell(ev.recipient),
    h("td", {}, ev.event_loc ? ev.event_loc.name : "–"),
    h("td", { class: "num" }, ev.num_sources ?? 1),
    h("td", {}, h("div", { class: "sentence", title: sentence }, sentence)));
}

export async function renderTable(root, { params }) {
  const offset = Math.max(0, Number.parseInt(params.get("offset") || "0", 10) || 0);
  const perArticle = params.get("per_article") === "1";
  const toggle = h("label", { class: "field check" },
    h("input", { type: "checkbox", name: "per_article", value: "1", checked: perArticle }),
    h("span", {}, "one row per article"));
  root.append(h("h1", {}, "Events"), filterForm("events", params, [toggle]));
  const data = await getJSON("api/events", {
    ...filterParams(params), limit: LIMIT, offset, per_article: perArticle ? "true" : null,
  });
  const events = data.events;
  const page = (to) => {
    const next = Object.fromEntries(params.entries());
    next.offset = to > 0 ? String(to) : "";
    return route("events", [], next);
  };
  const shown = events.length ? `${offset + 1}–${offset + events.length}` : "none";
  const pager = h("nav", { class: "pager", "aria-label": "pages" },
    h("span", { class: "count" }, `Events ${shown}${data.has_more ? "" : " (end)"}`),
    offset > 0 ? h("a", { href: page(Math.max(0, offset - LIMIT)), class: "button secondary" }, "← Previous") : null,
    data.has_more ? h("a", { href: page(offset + LIMIT), class: "button secondary" }, "Next →") : null);
  if (!events.length) {
    root.append(pager, h("p", { class: "empty" }, "No events match these filters."));
    return;
  }
  const table = h("table", { class: "events" },
    h("thead", {}, h("tr", {}, ["Date", "Event", "CAMEO", "Actor", "Recipient", "Place", "Sources", "Reported as"]
      .map((label) => h("th", { scope: "col" }, label)))),
    h("tbody", {}, events.map(row)));
  root.append(pager, h("div", { class: "table-wrap" }, table));
}
