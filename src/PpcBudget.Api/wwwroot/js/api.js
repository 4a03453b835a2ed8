// @ts-check
// The page's only way to the API: fetch, typed by the paths of the served OpenAPI document (openapi-typescript), so
// `tsc --checkJs` fails when a request or an answer the page uses no longer matches the contract.

/** @typedef {import("@ppcbudget/contract").paths} Paths */
/** @typedef {import("@ppcbudget/contract").components["schemas"]} Schemas */

/**
 * The paths whose POST takes a JSON body.
 * @typedef {{ [P in keyof Paths]: Paths[P] extends { post: { requestBody: { content: { "application/json": unknown } } } } ? P : never }[keyof Paths]} JsonPostPath
 */

/**
 * @template {JsonPostPath} P
 * @typedef {Paths[P]["post"]["requestBody"]["content"]["application/json"]} PostBody
 */

/**
 * @template {JsonPostPath} P
 * @typedef {Paths[P]["post"]["responses"][200]["content"]["application/json"]} PostAnswer
 */

/**
 * Settings that go with a file: the query parameters of the same path's GET form, which share their names and formats.
 * @template {keyof Paths} P
 * @typedef {Paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never} QuerySettings
 */

/**
 * A problem (RFC 9457); `errors` maps a field path such as `keywords[0].cpc` to what is wrong with it.
 * @typedef {Schemas["HttpValidationProblemDetails"]} Problem
 */

/**
 * @template T
 * @typedef {{ ok: true, answer: T } | { ok: false, status: number, problem: Problem }} Result
 */

/**
 * POSTs a JSON body and reads the JSON answer or the problem.
 * @template {JsonPostPath} P
 * @param {P} path
 * @param {PostBody<P>} body
 * @returns {Promise<Result<PostAnswer<P>>>}
 */
export function postJson(path, body) {
  return send(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
}

/**
 * POSTs a file (a Keyword Planner or Google Ads download) as multipart/form-data with a `file` part; the plan's
 * settings travel as query parameters, as they do with a CSV body.
 * @template {JsonPostPath} P
 * @param {P} path
 * @param {File} file
 * @param {QuerySettings<P>} settings
 * @returns {Promise<Result<PostAnswer<P>>>}
 */
export function postFile(path, file, settings) {
  const form = new FormData();
  form.append("file", file, file.name);
  /** @type {Record<string, string>} */
  const query = {};
  for (const [name, value] of Object.entries(settings)) if (value !== undefined && value !== null && value !== "") query[name] = String(value);
  const search = new URLSearchParams(query).toString();
  // No Content-Type header: the browser writes multipart/form-data with its boundary.
  return send(search ? `${path}?${search}` : path, { method: "POST", headers: { Accept: "application/json" }, body: form });
}

/**
 * @template T
 * @param {string} url
 * @param {RequestInit} init
 * @returns {Promise<Result<T>>}
 */
async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    return { ok: false, status: 0, problem: { title: "The service could not be reached.", detail: "Check that PpcBudget is running, then try again." } };
  }
  const type = response.headers.get("Content-Type") ?? "";
  if (response.ok && type.startsWith("application/json")) return { ok: true, answer: /** @type {T} */ (await response.json()) };
  if (type.startsWith("application/problem+json") || type.startsWith("application/json"))
    return { ok: false, status: response.status, problem: /** @type {Problem} */ (await response.json()) };
  return { ok: false, status: response.status, problem: { title: `The service answered ${response.status} ${response.statusText}.`, status: response.status } };
}

/**
 * The ROI answer's `budget`, as the contract describes it once the service has it; until then the shape announced for
 * it, so the page is written against that and `tsc` checks it against the real one the day it is published.
 * @typedef {Schemas["RoiReport"] extends { budget?: infer B } ? NonNullable<B> : AnnouncedRoiBudget} RoiBudget
 */

/**
 * @typedef {{ maxCpc: number, clicks: number, cost: number, conversions: number, profit: number, marginalCpc?: number | null }} AnnouncedCurvePoint
 * @typedef {{
 *   monthlyBudget: number, dailyBudget: number, dailyBudgetNote?: string | null,
 *   conversions: number, value: number, profit: number, roas?: number | null,
 *   keywords: { keyword: string, trafficBasis?: string | null, clicks?: number | null, spend?: number | null,
 *               conversions?: number | null, value?: number | null, profit?: number | null }[],
 *   losingKeywords: { keyword: string, cpc: number, breakEvenCpc: number, targetCpc?: number | null }[],
 *   curve?: { basis?: string | null, note?: string | null, points: AnnouncedCurvePoint[],
 *             recommended?: AnnouncedCurvePoint & { note?: string | null } | null } | null
 * }} AnnouncedRoiBudget
 */

/** @typedef {Schemas["RoiReport"] & { budget?: RoiBudget | null }} RoiAnswer */
/** @typedef {NonNullable<RoiBudget["curve"]>} SpendCurve */
