// @ts-check
// The ROI phase: what a click is worth (EPC), whether each keyword pays, and — once the service gives it — the budget
// that buys all the profitable traffic, with its spend curve.
import { postFile, postJson } from "./api.js";
import { el, figures, notes, table } from "./dom.js";
import { formatMoney, formatNumber, formatPercent, parseAmount, parseCount, parsePercent } from "./numbers.js";
import { setUpPlanForm } from "./plan-form.js";
import { renderSpendCurve } from "./spend-curve.js";

/** @typedef {import("./api.js").Schemas} Schemas */
/** @typedef {import("./api.js").RoiAnswer} RoiAnswer */
/** @typedef {import("./api.js").RoiBudget} RoiBudget */

const verdicts = { profitable: "Profitable", "break-even": "Break-even", unprofitable: "Loses money" };

/** @param {HTMLFormElement} form */
export function setUpRoiForm(form) {
  setUpPlanForm(form, {
    columns: ["keyword", "cpc", "monthlySearches"],
    resultsLabel: "ROI",
    request: ({ file, setting, keywords }) => {
      const amount = "an amount such as 100";
      const settings = {
        customerValue: setting("customerValue", parseAmount, amount),
        averageSale: setting("averageSale", parseAmount, amount),
        fulfillmentCost: setting("fulfillmentCost", parseAmount, amount),
        conversionRate: setting("conversionRate", parsePercent, "a percentage such as 1 or 2.5"),
        targetMargin: setting("targetMargin", parsePercent, "a percentage such as 20"),
      };
      if (file) {
        return () => postFile("/v1/budgets/roi", file, settings);
      }
      /** @type {Schemas["RoiPlan"]} */
      const plan = {
        keywords: keywords((keyword, number) => {
          // monthlySearches feeds the ROI budget's traffic; a service without that budget refuses it at its field.
          /** @type {Schemas["PlanKeyword"]} */
          const line = { keyword };
          const cpc = number("cpc", parseAmount, "an amount such as 2.90");
          const searches = number("monthlySearches", parseCount, "a whole number of searches");
          if (cpc !== undefined) line.cpc = cpc;
          if (searches !== undefined) line.monthlySearches = searches;
          return line;
        }),
      };
      for (const [name, value] of /** @type {[keyof typeof settings, number | undefined][]} */ (Object.entries(settings)))
        if (value !== undefined) plan[name] = value;
      return () => postJson("/v1/budgets/roi", plan);
    },
    render: (/** @type {RoiAnswer} */ report) => {
      const curveBox = el("div", { class: "curve", id: "roi-curve" });
      const curve = report.budget?.curve;
      return {
        nodes: renderRoi(report, curveBox),
        after: () => { if (curve && curve.points.length > 0) renderSpendCurve(curveBox, curve, report.currency); },
        message: `EPC ${formatMoney(report.epc, report.currency)}: a click may cost up to that. `
          + report.keywords.map((line) => `${line.keyword}: ${verdicts[line.verdict].toLowerCase()}.`).join(" ")
          + (report.budget ? ` ROI budget ${formatMoney(report.budget.monthlyBudget, report.currency)} a month.` : ""),
      };
    },
  });
}

/**
 * @param {RoiAnswer} report
 * @param {HTMLElement} curveBox where the spend curve is drawn, once in the page
 */
function renderRoi(report, curveBox) {
  const money = (/** @type {number} */ v, digits = 2) => formatMoney(v, report.currency, digits);
  const conservative = report.keywords.some((line) => line.conservativeEpc != null);
  const keywordNotes = report.keywords.filter((line) => line.note).map((line) => `${line.keyword}: ${line.note}`);
  return [
    el("h3", {}, "What a click is worth"),
    figures([
      ["Customer value", money(report.customerValue)],
      ["EPC (max CPC)", money(report.epc), `customer value × ${formatPercent(report.conversionRate)}`],
      ...(report.recommendedCpc == null ? [] : /** @type {[string, string, string][]} */ ([["Recommended CPC", money(report.recommendedCpc), "keeps the target margin"]])),
    ]),
    notes("Warnings", [...report.warnings, ...keywordNotes]),
    notes("Left out: no CPC and no estimate", report.skippedKeywords ?? []),
    table("Verdict per keyword",
      ["Keyword", "CPC", "EPC", "Profit per click", "ROAS", ...(conservative ? ["Conservative EPC"] : []), "Verdict"],
      report.keywords.map((line) => [
        line.keyword,
        money(line.cpc, 4),
        money(line.epc),
        money(line.profitPerClick),
        line.roas == null ? "—" : `${formatNumber(line.roas)}×`,
        ...(conservative ? [line.conservativeEpc == null ? "—" : money(line.conservativeEpc)] : []),
        el("span", { class: `verdict ${line.verdict}` }, verdicts[line.verdict]),
      ]),
      { numeric: [false, true, true, true, true, ...(conservative ? [true] : []), false] }),
    ...(report.budget ? renderBudget(report.budget, report.currency, curveBox) : []),
  ];
}

/**
 * @param {RoiBudget} budget
 * @param {string} currency
 * @param {HTMLElement} curveBox
 */
function renderBudget(budget, currency, curveBox) {
  const money = (/** @type {number | null | undefined} */ v) => (v == null ? "—" : formatMoney(v, currency));
  const count = (/** @type {number | null | undefined} */ v) => (v == null ? "—" : formatNumber(v));
  const curve = budget.curve;
  return [
    el("h3", {}, "ROI budget"),
    figures([
      ["Monthly budget", money(budget.monthlyBudget)],
      ["Daily budget", money(budget.dailyBudget), budget.dailyBudgetNote ?? undefined],
      ["Conversions a month", count(budget.conversions)],
      ["Value", money(budget.value)],
      ["Profit", money(budget.profit)],
      ["ROAS", budget.roas == null ? "—" : `${formatNumber(budget.roas)}×`],
    ]),
    budget.keywords.length === 0 ? null : table("Profitable traffic per keyword, a month",
      ["Keyword", "Traffic from", "Clicks", "Spend", "Conversions", "Value", "Profit"],
      budget.keywords.map((line) => [line.keyword, line.trafficBasis ?? "no traffic figure", count(line.clicks), money(line.spend),
        count(line.conversions), money(line.value), money(line.profit)]),
      { numeric: [false, false, true, true, true, true, true] }),
    budget.losingKeywords.length === 0 ? null : table("Keywords that lose money",
      ["Keyword", "CPC", "Breaks even at", "Bid for the target margin"],
      budget.losingKeywords.map((line) => [line.keyword, money(line.cpc), money(line.breakEvenCpc), money(line.targetCpc)])),
    el("h3", {}, "Where the next dollar stops paying"),
    curve && curve.points.length > 0 ? curveBox : el("p", {}, curve?.note ?? "No spend curve for this plan."),
  ];
}
