// The web UI's router: #/events, #/event/<id>, #/dyads, #/network, #/map, #/corrections (hash routing, one view at a
// time), and the sign-in box for the write token (without it the UI is read-only).
import { ApiError, session, setWriteToken, writeToken } from "./api.js";
import { errorBox, h } from "./dom.js";
import { renderCorrections } from "./views/corrections.js";
import { renderDyads } from "./views/dyads.js";
import { renderEvent } from "./views/event.js";
import { renderMap } from "./views/map.js";
import { renderNetwork } from "./views/network.js";
import { renderTable } from "./views/table.js";

const VIEWS = {
  events: renderTable, event: renderEvent, dyads: renderDyads, network: renderNetwork, map: renderMap, corrections: renderCorrections,
};
const TITLES = {
  events: "Events", event: "Event", dyads: "Dyad timeline", network: "Actor network", map: "Map", corrections: "Corrections",
};
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
  main.dataset.route = location.hash; // which address the state belongs to (tests wait for the new one's)
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

/** The header's write-access box: a field to paste the write token into, or who is signed in. */
async function renderSignin() {
  const box = document.getElementById("signin");
  const state = await session();
  box.dataset.writes = state.writes;
  box.dataset.signedIn = state.signed_in ? "yes" : "no";
  if (state.writes !== "open") {
    box.replaceChildren(h("span", { class: "readonly", title: "start the server with --write-token-file FILE to allow corrections" }, "read-only"));
    return;
  }
  if (state.signed_in) {
    const out = h("button", { type: "button", class: "button secondary", name: "signout" }, "Sign out");
    out.addEventListener("click", () => { setWriteToken(""); renderSignin().then(render); });
    box.replaceChildren(h("span", {}, `correcting as ${state.author || "analyst"} `), out);
    return;
  }
  const input = h("input", { type: "password", name: "token", placeholder: "write token", autocomplete: "off", "aria-label": "write token" });
  const form = h("form", { class: "signin-form" }, input, h("button", { type: "submit" }, "Sign in"));
  const tried = writeToken();
  if (tried) setWriteToken("");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setWriteToken(input.value.trim());
    renderSignin().then(render);
  });
  box.replaceChildren(form);
  if (tried) box.append(h("span", { class: "signin-error", role: "alert" }, "not a write token"));
}

window.addEventListener("hashchange", render);
renderSignin().then(render);
