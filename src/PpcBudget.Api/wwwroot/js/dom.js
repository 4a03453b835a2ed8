// @ts-check
// Building result markup from the API's answers: text goes in as text, never as HTML.

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | boolean | undefined>} [attributes] `true` sets a boolean attribute; false or undefined leaves it out
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * A table that scrolls sideways on a narrow screen, reachable by the keyboard and named for a screen reader.
 * @param {string} caption
 * @param {string[]} headers the first column heads each row
 * @param {(string | Node)[][]} rows
 * @param {{ numeric?: boolean[] }} [options] which columns hold figures (aligned right)
 */
export function table(caption, headers, rows, options = {}) {
  const numeric = options.numeric ?? headers.map((_, i) => i > 0);
  const cellClass = (/** @type {number} */ i) => (numeric[i] ? "num" : undefined);
  return el("div", { class: "table-scroll", role: "region", "aria-label": caption, tabindex: "0" },
    el("table", {},
      el("caption", {}, caption),
      el("thead", {}, el("tr", {}, ...headers.map((header, i) => el("th", { scope: "col", class: cellClass(i) }, header)))),
      el("tbody", {}, ...rows.map((row) => el("tr", {}, ...row.map((cell, i) =>
        i === 0 ? el("th", { scope: "row" }, cell) : el("td", { class: cellClass(i) }, cell)))))));
}

/**
 * Headline figures as a description list.
 * @param {[string, string, string?][]} figures label, value, and an optional note under the value
 * @param {string} [className]
 */
export function figures(figures, className = "figures") {
  return el("dl", { class: className }, ...figures.map(([label, value, note]) =>
    el("div", {}, el("dt", {}, label), el("dd", {}, value, note ? el("span", { class: "note" }, note) : null))));
}

/**
 * @param {string} heading
 * @param {string[]} items
 */
export function notes(heading, items) {
  return items.length === 0 ? null : el("div", { class: "warnings" }, el("h4", {}, heading), el("ul", {}, ...items.map((item) => el("li", {}, item))));
}
