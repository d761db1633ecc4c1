// The filter bar shared by the event table and the map: search box, country, actor, type, since, until.
import { h, route } from "./dom.js";

export const FILTERS = ["q", "country", "actor", "type", "since", "until"];
// PLOVER event types (the ontology's order); a CAMEO prefix such as 04 works in the same box.
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

/** The filter values in the page's hash query, as API parameters. */
export function filterParams(params) {
  return Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || null]));
}

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

/** A form that rewrites the hash (#/<view>?...) on submit; extra: more controls for this view. */
export function filterForm(view, params, extra = []) {
  const value = (k) => params.get(k) || "";
  const types = h("datalist", { id: `types-${view}` }, PLOVER.map((t) => h("option", { value: t })));
  const form = h("form", { class: "filters", role: "search", "aria-label": "filter events" },
    h("input", { type: "search", name: "q", value: value("q"), placeholder: "Search sentences and titles…",
      "aria-label": "full-text search", class: "search" }),
    field("Country", h("input", { name: "country", value: value("country"), placeholder: "IRN", size: 5,
      maxlength: 8, pattern: "[A-Za-z]{2,8}", title: "country code, e.g. IRN" })),
    field("Actor", h("input", { name: "actor", value: value("actor"), placeholder: "name", size: 12 })),
    field("Type", h("input", { name: "type", value: value("type"), placeholder: "CONSULT or 04", size: 14,
      list: `types-${view}` })),
    types,
    field("Since", h("input", { type: "date", name: "since", value: value("since") })),
    field("Until", h("input", { type: "date", name: "until", value: value("until") })),
    extra,
    h("button", { type: "submit" }, "Apply"),
    h("a", { href: route(view), class: "button secondary" }, "Clear"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const [key, val] of data.entries()) {
      const text = String(val).trim();
      if (text) next[key] = key === "country" ? text.toUpperCase() : text;
    }
    window.location.hash = route(view, [], next);
  });
  return form;
}
