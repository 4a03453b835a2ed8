// @ts-check
// Cells pasted from a spreadsheet: rows by line, columns by tab (what Sheets and Excel put on the clipboard) or, for
// text typed by hand or copied from a CSV file, by comma outside quotes ("1,234.50" stays one cell). Pure.

/**
 * @param {string} text
 * @returns {string[][]} the non-empty rows, each cell trimmed
 */
export function parseSheet(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").filter((line) => line.trim() !== "");
  const tabbed = lines.some((line) => line.includes("\t"));
  return lines.map((line) => (tabbed ? line.split("\t") : splitOnCommas(line)).map(unquote));
}

/**
 * Splits a CSV line on the commas outside quotes.
 * @param {string} line
 */
function splitOnCommas(line) {
  /** @type {string[]} */
  const cells = [];
  let cell = "";
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      cells.push(cell);
      cell = "";
      continue;
    }
    cell += c;
  }
  cells.push(cell);
  return cells;
}

/** @param {string} cell */
function unquote(cell) {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"').trim() : trimmed;
}

/**
 * A sheet's first row is a header when its second cell is not a number (`Keyword, CPC`).
 * @param {string[][]} rows
 */
export function withoutHeader(rows) {
  const second = rows[0]?.[1];
  return second !== undefined && second !== "" && !/\d/.test(second) ? rows.slice(1) : rows;
}
