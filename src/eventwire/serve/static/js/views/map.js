// The map: event locations over a bundled world outline (Natural Earth via world-atlas, d3-geo); no tile server.
import { getJSON } from "../api.js";
import { activate, actorNames, h, route, s } from "../dom.js";
import { filterForm, filterParams } from "../filters.js";

const WIDTH = 960;
const HEIGHT = 500;
const LIMIT = 500;
let world = null;

async function loadWorld() {
  if (!world) {
    const response = await fetch(new URL("vendor/world-atlas/countries-110m.json", document.baseURI));
    if (!response.ok) throw new Error("the bundled world outline is missing");
    world = await response.json();
  }
  return world;
}

function places(events) {
  const byPlace = new Map();
  for (const ev of events) {
    const loc = ev.event_loc;
    if (!loc || loc.lat === null || loc.lat === undefined || loc.lon === null || loc.lon === undefined) continue;
    const key = `${loc.geonameid ?? loc.name}`;
    if (!byPlace.has(key)) byPlace.set(key, { ...loc, events: [] });
    byPlace.get(key).events.push(ev);
  }
  return [...byPlace.values()].sort((p, q) => q.events.length - p.events.length);
}

function placeList(place) {
  return h("div", { class: "place-events" },
    h("h2", { class: "section" }, `${place.name}: ${place.events.length} event${place.events.length === 1 ? "" : "s"}`),
    h("ul", {}, place.events.map((ev) => h("li", {},
      h("a", { href: route("event", [ev.id]), class: `quad quad-${ev.quad_code}` }, ev.event), " ",
      `${ev.date || "undated"} · ${actorNames(ev.actor) || "?"} → ${actorNames(ev.recipient) || "?"}`))));
}

export async function renderMap(root, { params }) {
  root.append(h("h1", {}, "Map"), filterForm("map", params));
  const [atlas, data] = await Promise.all([loadWorld(), getJSON("api/events", { ...filterParams(params), limit: LIMIT })]);
  const d3 = window.d3;
  const topojson = window.topojson;
  const located = places(data.events);
  const count = located.reduce((n, p) => n + p.events.length, 0);
  root.append(h("p", { class: "note" }, `${count} located event(s) at ${located.length} place(s)`,
    data.has_more ? ` (the first ${LIMIT} matching events)` : "", ". Green: mostly cooperation, red: mostly conflict. "
    + "Click a place for its events; scroll to zoom."));
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const countries = topojson.feature(atlas, atlas.objects.countries);
  const borders = topojson.mesh(atlas, atlas.objects.countries, (x, y) => x !== y);

  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "map", role: "img", "aria-label": "map of event locations" });
  const layer = s("g", {},
    s("path", { d: path({ type: "Sphere" }), class: "sphere" }),
    s("path", { d: path(d3.geoGraticule10()), class: "graticule" }),
    countries.features.map((f) => s("path", { d: path(f), class: "land" }, s("title", {}, f.properties.name || ""))),
    s("path", { d: path(borders), class: "borders" }));
  const details = h("div", {});
  const maxEvents = Math.max(1, ...located.map((p) => p.events.length));
  const radius = d3.scaleSqrt().domain([1, maxEvents]).range([4, 16]);
  for (const place of [...located].reverse()) {
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    const conflict = place.events.filter((ev) => ev.quad_code >= 3).length;
    const dot = s("circle", { cx: point[0], cy: point[1], r: radius(place.events.length), tabindex: 0,
      class: conflict * 2 > place.events.length ? "place conflict" : "place cooperation", dataset: { place: place.name } },
    s("title", {}, `${place.name}: ${place.events.length} event(s)`));
    activate(dot, () => details.replaceChildren(placeList(place)));
    layer.append(dot);
  }
  svg.append(layer);
  d3.select(svg).call(d3.zoom().scaleExtent([1, 12]).on("zoom", (event) => {
    layer.setAttribute("transform", event.transform.toString());
  }));
  root.append(h("div", { class: "figure" }, svg), details);
  if (located.length) details.replaceChildren(placeList(located[0]));
}
