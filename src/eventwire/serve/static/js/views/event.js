// One event: its coding, and every reporting article with trigger, actors, recipients, date and place marked; why it
// reads so; and, for an analyst signed in with the write token, the forms that correct it (views/correct.js).
import { getJSON } from "../api.js";
import { actorCodes, actorNames, h, QUAD, route } from "../dom.js";
import { highlighted, legend } from "../highlight.js";
import { addEventForm, correctionPanel, ontology, shortcuts, signedIn, whyPanel } from "./correct.js";

function facts(ev) {
  const rows = [
    ["Date", [ev.date || "unknown", ev.date_precision ? ` (${ev.date_precision})` : ""]],
    ["Actor", [actorNames(ev.actor) || "–", " ", h("span", { class: "codes" }, actorCodes(ev.actor))]],
    ["Recipient", [actorNames(ev.recipient) || "–", " ", h("span", { class: "codes" }, actorCodes(ev.recipient))]],
    ["Place", ev.event_loc ? [ev.event_loc.name, ev.event_loc.country_code ? ` (${ev.event_loc.country_code})` : ""] : "–"],
    ["CAMEO", [h("span", { class: "mono" }, ev.cameo), ` · quad ${ev.quad_code} (${QUAD[ev.quad_code] || "?"})`]],
    ["Scores", `Goldstein ${ev.goldstein} · PLOVER ${ev.plover_score} · confidence ${ev.confidence}`],
    ["Mode / context", [(ev.mode || []).join(", ") || "–", " / ", (ev.context || []).join(", ") || "–"]],
    ["Reports", `${ev.num_sources ?? 1} source(s), ${ev.num_mentions ?? (ev.mentions || []).length} mention(s)`],
  ];
  if (ev.corrected) {
    rows.push(["Corrected", `by an analyst (${(ev.corrections || []).length} correction(s))`]);
  }
  if (ev.negated || ev.hypothetical) {
    rows.push(["Flags", [ev.negated ? "negated " : "", ev.hypothetical ? "hypothetical" : ""]]);
  }
  return h("dl", { class: "facts" }, rows.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]));
}

function mentionBlock(report, index) {
  const mention = report.event.mentions[index];
  const spans = (report.highlights || []).filter((span) => span.mention === index);
  return h("blockquote", { class: "sentence", dataset: { zone: mention.zone || "body" } },
    h("span", { class: "sentence-text", dataset: { base: mention.start } }, highlighted(mention.sentence, spans)),
    h("div", { class: "codes" }, `${mention.zone || "body"} · characters ${mention.start}–${mention.end}`,
      mention.pattern ? ` · pattern ${mention.pattern}` : ""));
}

/** The whole article text, with the reporting sentences marked. */
function articleText(report, open) {
  const text = report.text || "";
  const spans = report.event.mentions.map((m) => ({ start: m.start, end: m.end, kind: "sentence" }))
    .sort((a, b) => a.start - b.start);
  const pre = h("pre", { class: "article-text", dataset: { base: 0 } });
  let pos = 0;
  for (const span of spans) {
    if (span.start < pos || span.end > text.length) continue;
    pre.append(document.createTextNode(text.slice(pos, span.start)), h("mark", { class: "hl-sentence" }, text.slice(span.start, span.end)));
    pos = span.end;
  }
  pre.append(document.createTextNode(text.slice(pos)));
  return h("details", { class: "full-text", open }, h("summary", {}, "Full article text"), pre);
}

function reportSection(report, onto) {
  const art = report.article || {};
  const id = art.id || report.event.article_id;
  const meta = [art.source, art.published, `id ${id}`].filter(Boolean).join(" · ");
  return h("section", { class: "report", dataset: { article: id } },
    h("h2", {}, art.title || id),
    h("p", { class: "meta" }, meta,
      art.url ? [" · ", h("span", { class: "url", title: "the article's address (not opened from here)" }, art.url)] : null,
      " · ", h("a", { href: `api/articles/${encodeURIComponent(id)}` }, "article JSON")),
    report.event.mentions.map((_, index) => mentionBlock(report, index)),
    whyPanel(report.why),
    articleText(report, Boolean(onto)),
    onto ? [correctionPanel(report, onto), addEventForm(report, onto)] : null);
}

export async function renderEvent(root, { args }) {
  const id = args[0] || "";
  const ev = await getJSON(`api/events/${encodeURIComponent(id)}`);
  const onto = signedIn() ? await ontology() : null;
  root.append(
    h("p", { class: "crumbs" }, h("a", { href: route("events") }, "← Events")),
    h("h1", {}, h("span", { class: `quad quad-${ev.quad_code}` }, ev.event), " ",
      `${actorNames(ev.actor) || "?"} → ${actorNames(ev.recipient) || "?"}`),
    facts(ev),
    h("h2", { class: "section" }, `Reported in ${ev.reports.length} article${ev.reports.length === 1 ? "" : "s"}`),
    legend(),
    onto ? h("p", { class: "note" }, "Correct each report below; press ", h("kbd", {}, "?"), " for the keys.")
      : h("p", { class: "note readonly-note" }, "Read-only: sign in with the write token (top right) to correct this event."),
    ...ev.reports.map((report) => reportSection(report, onto)));
  return onto ? shortcuts(root) : null;
}
