// Cells pasted from a spreadsheet or typed as CSV, and the numbers in them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAmount, parseCount, parsePercent } from "../../../src/PpcBudget.Api/wwwroot/js/numbers.js";
import { parseSheet, withoutHeader } from "../../../src/PpcBudget.Api/wwwroot/js/sheet.js";

describe("parseSheet", () => {
  it("splits a sheet's clipboard on tabs, whatever commas the cells hold", () => {
    assert.deepEqual(parseSheet("coffee shop\t$2.90\r\nmortgage broker, uk\t13.76\r\n"), [["coffee shop", "$2.90"], ["mortgage broker, uk", "13.76"]]);
  });

  it("splits typed CSV on commas outside quotes", () => {
    assert.deepEqual(parseSheet('coffee shop,2.90\n"plumber, 24h","1,234.50"\n\n'), [["coffee shop", "2.90"], ["plumber, 24h", "1,234.50"]]);
  });

  it("drops a header row, keeps a first row of figures", () => {
    assert.deepEqual(withoutHeader([["Keyword", "CPC"], ["coffee shop", "2.90"]]), [["coffee shop", "2.90"]]);
    assert.deepEqual(withoutHeader([["coffee shop", "2.90"]]), [["coffee shop", "2.90"]]);
  });
});

describe("numbers as typed", () => {
  it("reads amounts with a currency sign and thousands separators", () => {
    assert.deepEqual(parseAmount(" $1,234.50 "), { kind: "number", value: 1234.5 });
    assert.deepEqual(parseAmount("-2.90"), { kind: "number", value: -2.9 });
    assert.deepEqual(parseAmount(""), { kind: "empty" });
    assert.deepEqual(parseAmount("two"), { kind: "invalid", text: "two" });
  });

  it("reads a percent field as a fraction", () => {
    assert.deepEqual(parsePercent("1"), { kind: "number", value: 0.01 });
    assert.deepEqual(parsePercent("2.5 %"), { kind: "number", value: 0.025 });
    assert.deepEqual(parsePercent("0.3"), { kind: "number", value: 0.003 });
  });

  it("reads counts, and refuses a fraction of one", () => {
    assert.deepEqual(parseCount("550,000"), { kind: "number", value: 550000 });
    assert.deepEqual(parseCount("4.5"), { kind: "invalid", text: "4.5" });
  });
});
