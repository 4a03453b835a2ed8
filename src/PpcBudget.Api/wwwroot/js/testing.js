// @ts-check
// The testing phase: what the first sale from each keyword costs, and the budget that buys them.
import { postFile, postJson } from "./api.js";
import { el, figures, notes, table } from "./dom.js";
import { formatMoney, formatNumber, formatPercent, parseAmount, parseCount, parsePercent } from "./numbers.js";
import { setUpPlanForm } from "./plan-form.js";

/** @typedef {import("./api.js").Schemas} Schemas */

/** @param {HTMLFormElement} form */
export function setUpTestingForm(form) {
  setUpPlanForm(form, {
    columns: ["keyword", "cpc"],
    resultsLabel: "Testing budget",
    request: ({ file, setting, keywords }) => {
      const months = setting("months", parseCount, "a whole number of months");
      const conversionRate = setting("conversionRate", parsePercent, "a percentage such as 1 or 2.5");
      if (file) {
        /** @type {import("./api.js").QuerySettings<"/v1/budgets/testing">} */
        const settings = { months, conversionRate };
        return () => postFile("/v1/budgets/testing", file, settings);
      }
      /** @type {Schemas["TestingPlan"]} */
      const plan = {
        keywords: keywords((keyword, number) => {
          /** @type {Schemas["PlanKeyword"]} */
          const line = { keyword };
          const cpc = number("cpc", parseAmount, "an amount such as 2.90");
          if (cpc !== undefined) line.cpc = cpc;
          return line;
        }),
      };
      if (months !== undefined) plan.months = months;
      if (conversionRate !== undefined) plan.conversionRate = conversionRate;
      return () => postJson("/v1/budgets/testing", plan);
    },
    render: (budget) => ({
      nodes: renderTestingBudget(budget),
      message: `Testing budget: ${formatMoney(budget.total, budget.currency)} in total, ${formatMoney(budget.monthlyBudget, budget.currency)} a month for ${budget.months} ${budget.months === 1 ? "month" : "months"}.`,
    }),
  });
}

/** Where an estimated CPC came from, as the note under the table says it. */
const estimateSources = {
  googleAds: "Google Ads' keyword planner",
  seed: "the sample table shipped with the service",
  keywordPlanner: "the Keyword Planner download's top-of-page bids",
};

/** @param {Schemas["TestingBudget"]} budget */
function renderTestingBudget(budget) {
  const money = (/** @type {number} */ v, digits = 2) => formatMoney(v, budget.currency, digits);
  const estimated = [...new Set(budget.keywords.map((line) => line.cpcSource))]
    .flatMap((source) => source === "request" ? [] : [estimateSources[source]]);
  return [
    el("h3", {}, "Testing budget"),
    figures([
      ["Total", money(budget.total)],
      ["Monthly budget", money(budget.monthlyBudget), `for ${budget.months} ${budget.months === 1 ? "month" : "months"}`],
      ["Daily budget", money(budget.dailyBudget), "monthly ÷ 30.4"],
    ]),
    notes("Warnings", budget.warnings),
    notes("Left out: no CPC and no estimate", budget.skippedKeywords ?? []),
    table("Cost per keyword", ["Keyword", "CPC", "Conversion rate", "Cost per sale", "Clicks needed", "Test cost", "Months needed"],
      budget.keywords.map((line) => [
        line.keyword,
        `${money(line.cpc, 4)}${line.cpcSource === "request" ? "" : " *"}`,
        formatPercent(line.conversionRate),
        money(line.costPerSale),
        formatNumber(line.clicksNeeded),
        money(line.testCost),
        line.monthsNeeded == null ? "—" : formatNumber(line.monthsNeeded),
      ])),
    estimated.length > 0 ? el("p", { class: "note" }, `* CPC estimated, from ${estimated.join(" and ")}.`) : null,
    table("Schedule", ["Month", "Budget"], budget.schedule.map((month) => [`Month ${month.month}`, money(month.budget)])),
  ];
}
