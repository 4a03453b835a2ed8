// @ts-check
// Reading what a person types (or pastes from a sheet) and writing the API's figures back. Pure: no DOM.

/**
 * What a typed value became: nothing typed, a number, or text that is no number (kept to name it in the error).
 * @typedef {{ kind: "empty" } | { kind: "number", value: number } | { kind: "invalid", text: string }} Parsed
 */

/** @type {Parsed} */
const empty = { kind: "empty" };

/**
 * An amount as a sheet shows it: `2.90`, `$2.90`, `1,234.50`, `-2.90`.
 * @param {string} text
 * @returns {Parsed}
 */
export function parseAmount(text) {
  const trimmed = text.trim();
  if (trimmed === "") return empty;
  const plain = trimmed.replace(/^(-?)\s*[$€£]\s*/, "$1").replace(/,(?=\d{3}(\D|$))/g, "");
  return toNumber(plain, trimmed);
}

/**
 * A percentage typed into a field labelled (%): `1`, `1%`, `0.5 %` → 0.01, 0.01, 0.005.
 * @param {string} text
 * @returns {Parsed}
 */
export function parsePercent(text) {
  const trimmed = text.trim();
  if (trimmed === "") return empty;
  const parsed = toNumber(trimmed.replace(/\s*%$/, ""), trimmed);
  return parsed.kind === "number" ? { kind: "number", value: Number((parsed.value / 100).toPrecision(12)) } : parsed;
}

/**
 * A count such as monthly searches or months: `550000`, `550,000`.
 * @param {string} text
 * @returns {Parsed}
 */
export function parseCount(text) {
  const trimmed = text.trim();
  if (trimmed === "") return empty;
  const parsed = toNumber(trimmed.replace(/,(?=\d{3}(\D|$))/g, ""), trimmed);
  return parsed.kind === "number" && !Number.isInteger(parsed.value) ? { kind: "invalid", text: trimmed } : parsed;
}

/**
 * @param {string} plain
 * @param {string} original
 * @returns {Parsed}
 */
function toNumber(plain, original) {
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return { kind: "invalid", text: original };
  return { kind: "number", value: Number(plain) };
}

/**
 * @param {number} amount
 * @param {string} currency ISO 4217
 * @param {number} [maximumFractionDigits] more than 2 for CPCs, which can be fractions of a cent
 */
export function formatMoney(amount, currency, maximumFractionDigits = 2) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits }).format(amount);
}

/** @param {number} fraction 0.01 for 1 % */
export function formatPercent(fraction) {
  return new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 2 }).format(fraction);
}

/** @param {number} value */
export function formatNumber(value, maximumFractionDigits = 2) {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits }).format(value);
}
