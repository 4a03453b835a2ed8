// @ts-check
// The ROI budget's spend curve as inline SVG: profit and spend (y) against the maximum bid (x), with the recommended
// bid marked. `spendCurveChart` is the pure geometry (checked in Node against a sample curve); `renderSpendCurve`
// draws it, with a text summary and the points as a table for those who cannot see it.
import { el, table } from "./dom.js";
import { formatMoney, formatNumber } from "./numbers.js";

/** @typedef {import("./api.js").SpendCurve} SpendCurve */
/** @typedef {SpendCurve["points"][number]} CurvePoint */

/**
 * @typedef {{
 *   width: number, height: number,
 *   plot: { left: number, top: number, right: number, bottom: number },
 *   xTicks: { value: number, x: number }[],
 *   yTicks: { value: number, y: number }[],
 *   zeroY: number,
 *   spendPath: string,
 *   profitPath: string,
 *   points: { point: CurvePoint, x: number, spendY: number, profitY: number }[],
 *   recommended: { point: CurvePoint, x: number, profitY: number } | null
 * }} CurveChart
 */

const margin = { left: 64, right: 32, top: 20, bottom: 44 };

/**
 * @param {SpendCurve} curve
 * @param {{ width: number, height: number }} size
 * @returns {CurveChart | null} null when the curve has no points
 */
export function spendCurveChart(curve, size) {
  const sorted = [...curve.points].sort((a, b) => a.maxCpc - b.maxCpc);
  if (sorted.length === 0) return null;
  const plot = { left: margin.left, top: margin.top, right: size.width - margin.right, bottom: size.height - margin.bottom };

  const xTicks = niceTicks(0, Math.max(...sorted.map((p) => p.maxCpc)));
  const values = sorted.flatMap((p) => [p.cost, p.profit]);
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const [xMin, xMax] = [xTicks[0] ?? 0, xTicks.at(-1) ?? 1];
  const [yMin, yMax] = [yTicks[0] ?? 0, yTicks.at(-1) ?? 1];
  const x = (/** @type {number} */ v) => round(plot.left + ((v - xMin) / (xMax - xMin || 1)) * (plot.right - plot.left));
  const y = (/** @type {number} */ v) => round(plot.bottom - ((v - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top));

  const points = sorted.map((point) => ({ point, x: x(point.maxCpc), spendY: y(point.cost), profitY: y(point.profit) }));
  const path = (/** @type {"spendY" | "profitY"} */ key) => points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p[key]}`).join(" ");
  const recommended = curve.recommended ?? null;

  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: xTicks.map((value) => ({ value, x: x(value) })),
    yTicks: yTicks.map((value) => ({ value, y: y(value) })),
    zeroY: y(0),
    spendPath: path("spendY"),
    profitPath: path("profitY"),
    points,
    recommended: recommended ? { point: recommended, x: x(recommended.maxCpc), profitY: y(recommended.profit) } : null,
  };
}

/**
 * About five round steps (1, 2 or 5 × 10ⁿ) covering [min, max].
 * @param {number} min
 * @param {number} max
 */
export function niceTicks(min, max) {
  const span = max - min || Math.abs(max) || 1;
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const first = Math.floor(min / step);
  const last = Math.max(Math.ceil(max / step - 1e-9), first + 1);
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}

/** @param {number} v */
const round = (v) => Math.round(v * 10) / 10;

const svgNs = "http://www.w3.org/2000/svg";

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attributes
 * @param {(Node | string)[]} children
 */
function svg(tag, attributes, ...children) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/**
 * Draws the curve into `container` (replacing what was there) and redraws it when the container's width changes.
 * @param {HTMLElement} container
 * @param {SpendCurve} curve
 * @param {string} currency
 */
export function renderSpendCurve(container, curve, currency) {
  const money = (/** @type {number} */ v) => formatMoney(v, currency);
  const id = `${container.id || "curve"}-chart`;
  const best = curve.recommended;
  const summary = best
    ? `Profit is highest, ${money(best.profit)} a month, bidding up to ${money(best.maxCpc)}: ${formatNumber(best.clicks, 0)} clicks for ${money(best.cost)}.`
    : `Profit and spend at ${curve.points.length} bids up to ${money(Math.max(...curve.points.map((p) => p.maxCpc)))}.`;

  const draw = (/** @type {number} */ width) => {
    const chart = spendCurveChart(curve, { width, height: Math.round(Math.min(360, Math.max(240, width * 0.55))) });
    if (!chart) return el("p", {}, "No spend curve: there are no points to draw.");
    const { plot } = chart;
    return svg("svg", { viewBox: `0 0 ${chart.width} ${chart.height}`, width: chart.width, height: chart.height, role: "img", "aria-labelledby": `${id}-title ${id}-desc`, class: "chart" },
      svg("title", { id: `${id}-title` }, "Spend curve: profit and spend a month against the maximum bid"),
      svg("desc", { id: `${id}-desc` }, summary),
      ...chart.yTicks.map((t) => svg("g", { class: "tick" },
        svg("line", { x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, class: t.value === 0 ? "zero" : "grid" }),
        svg("text", { x: plot.left - 6, y: t.y, "text-anchor": "end", "dominant-baseline": "middle" }, compactMoney(t.value, currency)))),
      ...chart.xTicks.map((t) => svg("g", { class: "tick" },
        svg("line", { x1: t.x, x2: t.x, y1: plot.bottom, y2: plot.bottom + 4, class: "axis" }),
        svg("text", { x: t.x, y: plot.bottom + 18, "text-anchor": "middle" }, formatMoney(t.value, currency)))),
      svg("line", { x1: plot.left, x2: plot.left, y1: plot.top, y2: plot.bottom, class: "axis" }),
      svg("text", { x: (plot.left + plot.right) / 2, y: chart.height - 6, "text-anchor": "middle", class: "axis-title" }, "Maximum bid (CPC)"),
      ...(chart.recommended ? [svg("g", { class: "recommended" },
        svg("line", { x1: chart.recommended.x, x2: chart.recommended.x, y1: plot.top, y2: plot.bottom }),
        svg("text", { x: chart.recommended.x + (chart.recommended.x > (plot.left + plot.right) / 2 ? -6 : 6), y: plot.top + 12,
          "text-anchor": chart.recommended.x > (plot.left + plot.right) / 2 ? "end" : "start" }, `Recommended ${formatMoney(chart.recommended.point.maxCpc, currency)}`))] : []),
      svg("path", { d: chart.spendPath, class: "spend" }),
      svg("path", { d: chart.profitPath, class: "profit" }),
      ...chart.points.map((p) => svg("circle", { cx: p.x, cy: p.profitY, r: 3.5, class: "profit" })),
      ...chart.points.map((p) => svg("rect", { x: p.x - 3, y: p.spendY - 3, width: 6, height: 6, class: "spend" })));
  };

  const picture = el("div", { class: "chart-box" });
  const figure = el("figure", { class: "spend-curve" },
    picture,
    el("figcaption", {},
      el("span", { class: "legend profit" }, "Profit"), " ",
      el("span", { class: "legend spend" }, "Spend"), " ",
      summary, curve.note ? ` ${curve.note}` : ""),
    el("details", {}, el("summary", {}, "The curve as a table"),
      table("Spend curve points", ["Max bid", "Clicks", "Spend", "Conversions", "Profit", "Marginal CPC"],
        curve.points.map((p) => [formatMoney(p.maxCpc, currency), formatNumber(p.clicks, 0), money(p.cost), formatNumber(p.conversions),
          money(p.profit), p.marginalCpc == null ? "—" : formatMoney(p.marginalCpc, currency)]))));
  container.replaceChildren(figure);

  let drawnWidth = 0;
  const redraw = () => {
    const width = Math.max(300, Math.round(picture.clientWidth || 640));
    if (Math.abs(width - drawnWidth) < 8) return;
    drawnWidth = width;
    picture.replaceChildren(draw(width));
  };
  redraw();
  new ResizeObserver(redraw).observe(picture);
}

/**
 * $1.2k rather than $1,200.00 on a narrow axis.
 * @param {number} value
 * @param {string} currency
 */
function compactMoney(value, currency) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 }).format(value);
}
