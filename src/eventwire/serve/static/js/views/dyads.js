// The dyad timeline: cooperation (quad 1-2) against conflict (quad 3-4) between two countries, by period (Chart.js).
import { getJSON } from "../api.js";
import { h, route } from "../dom.js";

const MAX_FILLED = 400;

function nextPeriod(day, interval) {
  const d = new Date(`${day}T00:00:00Z`);
  if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last one with events (empty ones count zero). */
export function periodsOf(rows, interval) {
  const seen = [...new Set(rows.map((r) => r.period))].sort();
  if (seen.length < 2) return seen;
  const out = [seen[0]];
  while (out[out.length - 1] < seen[seen.length - 1] && out.length < MAX_FILLED) {
    out.push(nextPeriod(out[out.length - 1], interval));
  }
  return out.length < MAX_FILLED ? out : seen;
}

function controls(a, b, interval, pairs) {
  const form = h("form", { class: "filters" },
    h("label", { class: "field" }, h("span", {}, "Country A"),
      h("input", { name: "a", value: a, size: 5, maxlength: 8, required: true, pattern: "[A-Za-z]{2,8}", list: "codes" })),
    h("label", { class: "field" }, h("span", {}, "Country B"),
      h("input", { name: "b", value: b, size: 5, maxlength: 8, required: true, pattern: "[A-Za-z]{2,8}", list: "codes" })),
    h("datalist", { id: "codes" }, [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort().map((c) => h("option", { value: c }))),
    h("label", { class: "field" }, h("span", {}, "Interval"),
      h("select", { name: "interval" }, ["day", "week", "month"].map((i) => h("option", { value: i, selected: i === interval }, i)))),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    window.location.hash = route("dyads", [], {
      a: String(data.get("a")).trim().toUpperCase(), b: String(data.get("b")).trim().toUpperCase(), interval: data.get("interval"),
    });
  });
  return form;
}

export async function renderDyads(root, { params }) {
  const { links } = await getJSON("api/network", { limit: 30 });
  const top = links[0] || { a: "", b: "" };
  const a = (params.get("a") || top.a).toUpperCase();
  const b = (params.get("b") || top.b).toUpperCase();
  const interval = ["day", "week", "month"].includes(params.get("interval")) ? params.get("interval") : "week";
  root.append(h("h1", {}, "Dyad timeline"), controls(a, b, interval, links));
  if (links.length) {
    root.append(h("p", { class: "pairs" }, "Most linked pairs: ", links.slice(0, 12).map((p) =>
      h("a", { href: route("dyads", [], { a: p.a, b: p.b, interval }), class: "chip" }, `${p.a}–${p.b} (${p.count})`))));
  }
  if (!a || !b) {
    root.append(h("p", { class: "empty" }, "Choose two country codes."));
    return null;
  }
  const data = await getJSON("api/dyads", { a, b, interval });
  const periods = periodsOf(data.periods, interval);
  const sum = (period, quads) => data.periods.filter((r) => r.period === period && quads.includes(r.quad_code))
    .reduce((n, r) => n + r.count, 0);
  const cooperation = periods.map((p) => sum(p, [1, 2]));
  const conflict = periods.map((p) => sum(p, [3, 4]));
  const total = cooperation.reduce((x, y) => x + y, 0) + conflict.reduce((x, y) => x + y, 0);
  root.append(h("h2", { class: "section" }, `${data.a} ↔ ${data.b}: ${total} event${total === 1 ? "" : "s"} by ${interval}`),
    h("p", {}, h("a", { href: route("events", [], { country: data.a }) }, `events involving ${data.a}`), " · ",
      h("a", { href: route("events", [], { country: data.b }) }, `events involving ${data.b}`)));
  if (data.imprecise) {
    root.append(h("p", { class: "note" }, `${data.imprecise} more with only a month or year as date (not by ${interval}).`));
  }
  if (!total) {
    root.append(h("p", { class: "empty" }, "No dated events between these two countries."));
    return null;
  }
  const canvas = h("canvas", { id: "dyad-chart", role: "img", "aria-label": `cooperation and conflict between ${data.a} and ${data.b}` });
  root.append(h("div", { class: "chart-box" }, canvas));
  const chart = new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: periods,
      datasets: [
        { label: "Cooperation (quad 1–2)", data: cooperation, backgroundColor: "#2f9e44" },
        { label: "Conflict (quad 3–4)", data: conflict, backgroundColor: "#e03131" },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { title: { display: true, text: `${interval} starting` } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
      },
      plugins: { legend: { position: "top" } },
    },
  });
  const table = h("table", { class: "events compact" },
    h("thead", {}, h("tr", {}, ["Period", "Cooperation", "Conflict"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, periods.map((p, i) => (cooperation[i] || conflict[i])
      ? h("tr", {}, h("td", {}, p), h("td", { class: "num" }, cooperation[i]), h("td", { class: "num" }, conflict[i])) : null)));
  root.append(h("details", {}, h("summary", {}, "Numbers"), table));
  return () => chart.destroy();
}
