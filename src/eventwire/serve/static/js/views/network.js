// The actor network: countries linked by the events between them (d3-force, laid out once, then static).
import { getJSON } from "../api.js";
import { activate, h, route, s } from "../dom.js";

const WIDTH = 960;
const HEIGHT = 600;

function countryNames(actors) {
  const names = {};
  for (const actor of actors) {
    if (actor.code && actor.kind === "country" && !names[actor.code]) names[actor.code] = actor.name;
  }
  return names;
}

export async function renderNetwork(root) {
  const [{ links }, { actors }] = await Promise.all([
    getJSON("api/network", { limit: 200 }),
    getJSON("api/actors", { limit: 2000 }),
  ]);
  root.append(h("h1", {}, "Actor network"),
    h("p", { class: "note" }, "Countries linked by the events between them: line width is the number of events, "
      + "colour the share of cooperation (green) and conflict (red). Click a country for its events, a line for the "
      + "pair's timeline; scroll to zoom."));
  if (!links.length) {
    root.append(h("p", { class: "empty" }, "No events link two countries yet."));
    return;
  }
  const d3 = window.d3;
  const names = countryNames(actors);
  const weight = {};
  for (const link of links) {
    weight[link.a] = (weight[link.a] || 0) + link.count;
    weight[link.b] = (weight[link.b] || 0) + link.count;
  }
  const nodes = Object.keys(weight).sort().map((id) => ({ id, weight: weight[id] }));
  const edges = links.map((l) => ({ ...l, source: l.a, target: l.b }));
  const radius = (node) => 6 + 4 * Math.sqrt(node.weight);
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((n) => n.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-380))
    .force("center", d3.forceCenter(WIDTH / 2, HEIGHT / 2))
    .force("collide", d3.forceCollide((n) => radius(n) + 14))
    .force("x", d3.forceX(WIDTH / 2).strength(0.05))
    .force("y", d3.forceY(HEIGHT / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 400; i += 1) simulation.tick();
  for (const n of nodes) {
    n.x = Math.max(30, Math.min(WIDTH - 30, n.x));
    n.y = Math.max(30, Math.min(HEIGHT - 30, n.y));
  }
  const maxCount = Math.max(...links.map((l) => l.count));
  const width = d3.scaleSqrt().domain([1, maxCount]).range([1.5, 10]);
  const colour = (l) => d3.interpolateRdYlGn(l.count ? l.cooperation / l.count : 0.5);

  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "network", role: "img", "aria-label": "actor network" });
  const layer = s("g", {});
  svg.append(layer);
  for (const e of edges) {
    const line = s("line", { x1: e.source.x, y1: e.source.y, x2: e.target.x, y2: e.target.y, stroke: colour(e),
      "stroke-width": width(e.count), class: "edge", dataset: { a: e.a, b: e.b } },
    s("title", {}, `${e.a}–${e.b}: ${e.count} event(s), ${e.cooperation} cooperation, ${e.conflict} conflict`));
    line.addEventListener("click", () => { window.location.hash = route("dyads", [], { a: e.a, b: e.b }); });
    layer.append(line);
  }
  for (const n of nodes) {
    const label = names[n.id] ? `${names[n.id]} (${n.id})` : n.id;
    const group = s("g", { class: "node", transform: `translate(${n.x},${n.y})`, dataset: { code: n.id }, tabindex: 0 },
      s("circle", { r: radius(n) }),
      s("text", { dy: radius(n) + 13, "text-anchor": "middle" }, n.id),
      s("title", {}, `${label}: ${n.weight} event link(s)`));
    activate(group, () => { window.location.hash = route("events", [], { country: n.id }); });
    layer.append(group);
  }
  d3.select(svg).call(d3.zoom().scaleExtent([0.3, 6]).on("zoom", (event) => {
    layer.setAttribute("transform", event.transform.toString());
  }));
  root.append(h("div", { class: "figure" }, svg));
}
