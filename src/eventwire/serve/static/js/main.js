// The web UI's router: #/events, #/event/<id>, #/dyads, #/network, #/map (hash routing, one view at a time).
import { ApiError } from "./api.js";
import { errorBox, h } from "./dom.js";
import { renderDyads } from "./views/dyads.js";
import { renderEvent } from "./views/event.js";
import { renderMap } from "./views/map.js";
import { renderNetwork } from "./views/network.js";
import { renderTable } from "./views/table.js";

const VIEWS = { events: renderTable, event: renderEvent, dyads: renderDyads, network: renderNetwork, map: renderMap };
const TITLES = { events: "Events", event: "Event", dyads: "Dyad timeline", network: "Actor network", map: "Map" };
let cleanup = null;
let current = 0;

function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const cut = raw.indexOf("?");
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const parts = path.split("/").filter(Boolean).map((part) => {
    try { return decodeURIComponent(part); } catch { return part; }
  });
  const view = VIEWS[parts[0]] ? parts[0] : "events";
  return { view, args: parts.slice(1), params: new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1)) };
}

async function render() {
  const token = ++current;
  if (cleanup) { cleanup(); cleanup = null; }
  const route = parseHash();
  const main = document.getElementById("view");
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === route.view || (route.view === "event" && link.dataset.view === "events"));
  }
  document.title = `${TITLES[route.view]} · eventwire`;
  const root = h("div", { class: `view view-${route.view}` });
  main.replaceChildren(root);
  main.dataset.state = "loading";
  main.dataset.view = route.view;
  try {
    const done = await VIEWS[route.view](root, route);
    if (token !== current) { if (typeof done === "function") done(); return; }
    cleanup = typeof done === "function" ? done : null;
    main.dataset.state = "ready";
  } catch (err) {
    if (token !== current) return;
    if (!(err instanceof ApiError)) console.error(err); // API errors are shown, not logged
    root.append(errorBox(err));
    main.dataset.state = "error";
  }
}

window.addEventListener("hashchange", render);
render();
