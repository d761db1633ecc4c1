// Marks spans inside a sentence with <mark> elements built from text nodes (article text is never parsed as HTML).
import { h } from "./dom.js";

export const KINDS = ["trigger", "actor", "recipient", "date", "place"];

/** A fragment of `text` with each {kind, start, end, label} span (offsets into text) wrapped in a <mark>. */
export function highlighted(text, spans) {
  const fragment = document.createDocumentFragment();
  let pos = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < pos || span.end > text.length || span.start >= span.end) continue;
    fragment.append(document.createTextNode(text.slice(pos, span.start)));
    const kind = KINDS.includes(span.kind) ? span.kind : "other";
    fragment.append(h("mark", { class: `hl hl-${kind}`, dataset: { kind }, title: span.label || kind },
      text.slice(span.start, span.end)));
    pos = span.end;
  }
  fragment.append(document.createTextNode(text.slice(pos)));
  return fragment;
}

/** The legend of highlight colours. */
export function legend() {
  return h("p", { class: "legend" }, "Marked: ",
    KINDS.map((kind) => h("mark", { class: `hl hl-${kind}` }, kind)));
}
