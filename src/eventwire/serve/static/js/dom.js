// DOM helpers: every piece of text goes in as a text node, never as HTML.

/** Create an element; attrs: class, dataset, on<event> handlers or plain attributes; children: nodes or text. */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Create an SVG element the same way. */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS("http://www.w3.org/2000/svg", tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", String(value));
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Append children (nested arrays allowed); strings and numbers become text nodes. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A hash link inside the app, e.g. link("event", [id]) -> "#/event/<id>". */
export function route(view, args = [], params = null) {
  const path = ["#", view, ...args.map((a) => encodeURIComponent(String(a)))].join("/");
  const query = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== "")).toString() : "";
  return query ? `${path}?${query}` : path;
}

/** Run `action` on click, and on Enter or Space when the element has the keyboard focus. */
export function activate(node, action) {
  node.addEventListener("click", action);
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      action();
    }
  });
}

/** A readable box for an API error (code, message, hint) or any other failure. */
export function errorBox(err) {
  const code = err && err.code ? err.code : "E500";
  const message = err && err.message ? err.message : String(err);
  return h("div", { class: "error", role: "alert" },
    h("strong", {}, `${code}: `), message,
    err && err.hint ? h("div", { class: "hint" }, err.hint) : null);
}

/** Text for a list of actor records: "Iran (IRN GOV); China". */
export function actorNames(refs) {
  return (refs || []).map((r) => r.name || r.text).join("; ");
}

export function actorCodes(refs) {
  return (refs || []).map((r) => [r.code, r.sector].filter(Boolean).join(" ")).filter(Boolean).join("; ");
}

export const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
