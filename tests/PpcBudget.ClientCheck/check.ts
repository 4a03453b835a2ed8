// Calls every operation of a running PpcBudget through a client generated from its OpenAPI document, and checks the
// answers. `tsc` proves the requests and answers used here match the contract; running it proves the service keeps it.
// Usage: node dist/check.js http://127.0.0.1:5080
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/ppcbudget.js";

type Schemas = components["schemas"];

const baseUrl = process.argv[2] ?? process.env.PPCBUDGET_URL;
if (!baseUrl) {
  console.error("usage: node dist/check.js BASE_URL");
  process.exit(2);
}

// Answers come as JSON unless format= asks otherwise; a front end types its client for the media type it reads.
const client = createClient<paths, "application/json">({ baseUrl });
const textClient = createClient<paths, "text/plain">({ baseUrl });
const failures: string[] = [];
let checks = 0;

function expectEqual<T>(what: string, actual: T, expected: T): void {
  checks++;
  if (actual !== expected) failures.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function answered<T>(operation: string, data: T | undefined, error: unknown, response: Response): T {
  if (data === undefined) throw new Error(`${operation} answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

async function epc(): Promise<void> {
  const { data, error, response } = await client.GET("/v1/epc", {
    params: { query: { customerValue: 100, conversionRate: 0.01 } },
  });
  const answer = answered("GET /v1/epc", data, error, response);
  expectEqual("epc of a $100 customer at 1 %", answer.epc, 1);
  expectEqual("epc currency", answer.currency, "USD");
}

async function testing(): Promise<void> {
  const plan: Schemas["TestingPlan"] = {
    months: 4,
    keywords: [
      { keyword: "coffee shop", cpc: 2.9 },
      { keyword: "mortgage broker", cpc: 13.76 },
    ],
  };
  const { data, error, response } = await client.POST("/v1/budgets/testing", { body: plan });
  const budget = answered("POST /v1/budgets/testing", data, error, response);
  expectEqual("coffee shop cost per sale", budget.keywords[0]?.costPerSale, 290);
  expectEqual("mortgage broker cost per sale", budget.keywords[1]?.costPerSale, 1376);
  expectEqual("testing total", budget.total, 1666);
  expectEqual("testing monthly budget", budget.monthlyBudget, 416.5);
  expectEqual("schedule rows", budget.schedule.length, 4);
  expectEqual("schedule adds up to the total (in cents)", budget.schedule.reduce((cents, month) => cents + Math.round(month.budget * 100), 0), 166600);
}

async function roi(): Promise<void> {
  const plan: Schemas["RoiPlan"] = {
    customerValue: 100,
    targetMargin: 0.2,
    keywords: [
      { keyword: "coffee shop", cpc: 0.8, clicks: 400, conversions: 6 },
      { keyword: "mortgage broker", cpc: 13.76 },
    ],
  };
  const { data, error, response } = await client.POST("/v1/budgets/roi", { body: plan });
  const report = answered("POST /v1/budgets/roi", data, error, response);
  expectEqual("EPC of a $100 customer at 1 %", report.epc, 1);
  expectEqual("recommended CPC at a 20 % margin", report.recommendedCpc, 0.8);
  const verdicts: Schemas["Verdict"][] = report.keywords.map((keyword) => keyword.verdict);
  expectEqual("verdicts", verdicts.join(), "profitable,unprofitable");
  expectEqual("observed rate source", report.keywords[0]?.conversionRateSource, "observed");
}

async function check(): Promise<void> {
  const baseline: Schemas["BudgetBaseline"] = {
    currency: "USD",
    months: 4,
    total: 475,
    monthlyBudget: 118.75,
    keywords: [
      { keyword: "coffee shop", cpc: 2.9, testCost: 290, verdict: "profitable" },
      { keyword: "espresso bar", cpc: 1.85, testCost: 185, verdict: "profitable" },
    ],
  };
  const plan = (coffeeShopCpc: number): Schemas["BudgetPlan"] => ({
    months: 4,
    customerValue: 300,
    keywords: [
      { keyword: "coffee shop", cpc: coffeeShopCpc },
      { keyword: "espresso bar", cpc: 1.85 },
    ],
  });

  const same = await client.POST("/v1/budgets/check", { body: { plan: plan(2.9), baseline, tolerance: 0.05 } });
  const passed = answered("POST /v1/budgets/check", same.data, same.error, same.response);
  expectEqual("a plan against its own results passes", passed.passed, true);

  const raised = await client.POST("/v1/budgets/check", { body: { plan: plan(3.5), baseline, tolerance: 0.05 } });
  const failed = answered("POST /v1/budgets/check", raised.data, raised.error, raised.response);
  expectEqual("a CPC raised past the tolerance fails", failed.passed, false);
  expectEqual("coffee shop test cost change", failed.keywords[0]?.testCost.change, 60);
  expectEqual("coffee shop relative change", failed.keywords[0]?.testCost.relativeChange, 0.2069);
  const kinds: Schemas["RegressionKind"][] = failed.regressions.map((regression) => regression.kind);
  expectEqual("regression kinds", kinds.join(), "tolerance-exceeded,tolerance-exceeded,turned-unprofitable");
}

async function testingFromQuery(): Promise<void> {
  const { data, error, response } = await client.GET("/v1/budgets/testing", {
    params: { query: { keywords: "coffee shop,mortgage broker", cpcs: "2.90,13.76", conversionRate: "1%", months: 4 } },
  });
  const budget = answered("GET /v1/budgets/testing", data, error, response);
  expectEqual("GET form: the same monthly budget as the POST", budget.monthlyBudget, 416.5);
}

async function roiFromQuery(): Promise<void> {
  const { data, error, response } = await client.GET("/v1/budgets/roi", {
    params: { query: { customerValue: 100, keywords: "coffee shop", cpcs: "0.80", targetMargin: "20%" } },
  });
  const report = answered("GET /v1/budgets/roi", data, error, response);
  expectEqual("GET form: recommended CPC", report.recommendedCpc, 0.8);
}

async function oneCellOfText(): Promise<void> {
  const { data, error, response } = await textClient.GET("/v1/epc", {
    params: { query: { customerValue: 100, conversionRate: 0.01, format: "text", field: "epc" } },
    parseAs: "text",
  });
  expectEqual("format=text&field=epc answers the bare number", answered("GET /v1/epc as text", data, error, response), "1.00");
}

async function estimates(): Promise<void> {
  const posted = await client.POST("/v1/cpc-estimates", { body: { keywords: ["coffee shop", "quantum espresso"] } });
  const answer = answered("POST /v1/cpc-estimates", posted.data, posted.error, posted.response);
  const estimate: Schemas["CpcEstimate"] | undefined = answer.estimates[0];
  expectEqual("coffee shop estimate", estimate?.averageCpc, 2.9);
  expectEqual("estimate source", estimate?.source, "seed");
  expectEqual("unknown keywords are listed", answer.unknown.join(), "quantum espresso");

  const got = await client.GET("/v1/cpc-estimates", { params: { query: { keywords: ["mortgage broker"] } } });
  expectEqual("GET estimates", answered("GET /v1/cpc-estimates", got.data, got.error, got.response).estimates[0]?.averageCpc, 13.76);
}

async function badRequest(): Promise<void> {
  const { data, error, response } = await client.POST("/v1/budgets/testing", {
    body: { keywords: [{ keyword: "coffee shop", cpc: -2.9 }] },
  });
  expectEqual("bad request status", response.status, 400);
  expectEqual("bad request has no answer", data, undefined);
  expectEqual("problem content type", response.headers.get("content-type")?.split(";")[0], "application/problem+json");
  const problem: Schemas["HttpValidationProblemDetails"] | undefined = error;
  expectEqual("problem names the field", Object.keys(problem?.errors ?? {}).join(), "keywords[0].cpc");
}

for (const operation of [epc, testing, roi, check, testingFromQuery, roiFromQuery, oneCellOfText, estimates, badRequest]) {
  try {
    await operation();
  } catch (exception) {
    failures.push(`${operation.name}: ${exception instanceof Error ? exception.message : String(exception)}`);
  }
}

if (failures.length > 0) {
  console.error(`Client check against ${baseUrl}: ${failures.length} of ${checks} checks failed:`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`Client check against ${baseUrl}: all ${checks} checks passed.`);
