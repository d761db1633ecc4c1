// The JSON API client: same origin only; errors arrive as {"error": {code, status, message, hint}}.

export class ApiError extends Error {
  constructor(detail) {
    super(detail.message || "request failed");
    this.code = detail.code || "E500";
    this.status = detail.status || 500;
    this.hint = detail.hint || null;
  }
}

/** GET a path relative to the page (e.g. "api/events") with query parameters; empty ones are left out. */
export async function getJSON(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, String(value));
  }
  return request(url, { headers: { Accept: "application/json" } });
}

/** Fetch JSON; an API error, or no answer at all, becomes an ApiError. */
async function request(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (err) {
    throw new ApiError({ code: "E500", message: `the server did not answer (${err.message})`, hint: "is `eventwire serve` still running?" });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError((body && body.error) || { code: "E500", status: response.status, message: response.statusText });
  }
  return body;
}

// The write token: pasted once by the analyst, kept in this tab's sessionStorage (never a cookie, which a browser
// would also send for another site's page), and sent as a header with each write.
const TOKEN_KEY = "eventwire.write-token";

export function writeToken() {
  try { return window.sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
}

export function setWriteToken(token) {
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage refused: the token lasts for this page only */ }
}

/** Whether this server takes corrections, and from this tab's token: {writes, signed_in, author}. */
export async function session() {
  const token = writeToken();
  const response = await fetch(new URL("api/session", document.baseURI), {
    headers: token ? { Accept: "application/json", Authorization: `Bearer ${token}` } : { Accept: "application/json" },
  }).catch(() => null);
  if (!response || !response.ok) return { writes: "closed", signed_in: false, author: null };
  return response.json();
}

/** POST a JSON body with the write token; answers the created record, or throws ApiError. */
export async function postJSON(path, body) {
  return request(new URL(path, document.baseURI), {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json", Authorization: `Bearer ${writeToken()}` },
    body: JSON.stringify(body),
  });
}
