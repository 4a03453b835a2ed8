// @ts-check
// The keyword lines of a form: one row of inputs per keyword, cloned from a <template> that has a cell for every column
// either form uses (each form keeps its own); more rows on demand; a paste of several cells (from a sheet) spreads over
// the rows and columns from where it lands.
import { parseSheet, withoutHeader } from "./sheet.js";

/**
 * One keyword line: its inputs by column (`keyword`, `cpc`, `monthlySearches`, as the template's data-column says).
 * @typedef {{ element: HTMLElement, inputs: Map<string, HTMLInputElement> }} KeywordRow
 */

let nextId = 1;

/**
 * @param {HTMLElement} container holds the rows
 * @param {HTMLTemplateElement} template one row, a cell per column: each cell's input carries data-column
 * @param {string[]} columns the columns this form's rows keep, `keyword` first
 * @param {HTMLButtonElement} addButton
 * @param {(message: string) => void} announce says what a paste did, for a screen reader
 * @param {number} initialRows
 */
export function keywordRows(container, template, columns, addButton, announce, initialRows) {
  // The wide layout's grid: the keyword, then a track per other column (site.css).
  container.style.setProperty("--columns", String(columns.length - 1));

  /** @returns {KeywordRow[]} */
  const rows = () => [...container.querySelectorAll(":scope > .keyword-row")].map((element) => ({
    element: /** @type {HTMLElement} */ (element),
    inputs: new Map([...element.querySelectorAll("input[data-column]")].map((input) =>
      [/** @type {HTMLInputElement} */ (input).dataset.column ?? "", /** @type {HTMLInputElement} */ (input)])),
  }));

  const renumber = () => rows().forEach((row, i) => {
    // The number is for screen readers ("CPC 2"); on screen the row's place says it.
    for (const label of row.element.querySelectorAll("label")) {
      const number = label.querySelector(".visually-hidden") ?? label.appendChild(Object.assign(document.createElement("span"), { className: "visually-hidden" }));
      number.textContent = ` ${i + 1}`;
    }
    row.element.querySelector("button.remove")?.setAttribute("aria-label", `Remove keyword ${i + 1}`);
  });

  const add = () => {
    const fragment = /** @type {DocumentFragment} */ (template.content.cloneNode(true));
    const element = /** @type {HTMLElement} */ (fragment.firstElementChild);
    const id = nextId++;
    for (const input of element.querySelectorAll("input[data-column]"))
      if (!columns.includes(/** @type {HTMLInputElement} */ (input).dataset.column ?? "")) input.closest(".cell")?.remove();
    for (const input of element.querySelectorAll("input[data-column]")) {
      input.id = `${container.id}-${id}-${/** @type {HTMLInputElement} */ (input).dataset.column}`;
      input.previousElementSibling?.setAttribute("for", input.id);
    }
    element.querySelector("button.remove")?.addEventListener("click", () => {
      const all = rows();
      const index = all.findIndex((row) => row.element === element);
      element.remove();
      if (rows().length === 0) add();
      renumber();
      const next = rows()[Math.min(index, rows().length - 1)];
      (next?.inputs.get("keyword") ?? addButton).focus();
    });
    container.append(element);
    renumber();
    return /** @type {KeywordRow} */ (rows().at(-1));
  };

  container.addEventListener("paste", (event) => {
    const target = event.target;
    const text = event.clipboardData?.getData("text/plain") ?? "";
    if (!(target instanceof HTMLInputElement) || !/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const cells = withoutHeader(parseSheet(text));
    const all = rows();
    const start = all.findIndex((row) => row.element.contains(target));
    const columns = [...(all[start]?.inputs.keys() ?? [])];
    const firstColumn = columns.indexOf(target.dataset.column ?? "");
    cells.forEach((values, offset) => {
      const row = rows()[start + offset] ?? add();
      values.forEach((value, i) => {
        const input = row.inputs.get(columns[firstColumn + i] ?? "");
        if (input) input.value = value;
      });
    });
    announce(`Pasted ${cells.length} ${cells.length === 1 ? "keyword" : "keywords"}.`);
  });

  addButton.addEventListener("click", () => add().inputs.get("keyword")?.focus());
  for (let i = 0; i < initialRows; i++) add();

  return {
    /** The rows with anything typed in them, in order. */
    filled: () => rows().filter((row) => [...row.inputs.values()].some((input) => input.value.trim() !== "")),
  };
}
