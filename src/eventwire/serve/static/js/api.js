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
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError({ code: "E500", message: `the server did not answer (${err.message})`, hint: "is `eventwire serve` still running?" });
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError((body && body.error) || { code: "E500", status: response.status, message: response.statusText });
  }
  return body;
}
