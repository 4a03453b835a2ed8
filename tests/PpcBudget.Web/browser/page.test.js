// The calculator page in a real Chromium (the system's, /usr/bin/chromium, driven by playwright-core), against a
// running service: PPCBUDGET_URL=http://127.0.0.1:5080 node --test browser/
// Screenshots go to PPCBUDGET_SCREENSHOTS (default: screenshots/ here). Every request the page makes must stay on the
// service's origin, and axe-core must find no serious or critical accessibility violation.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium } from "playwright-core";
import { sampleBudget } from "../fixtures/roi-budget.js";

const baseUrl = process.env.PPCBUDGET_URL;
if (!baseUrl) throw new Error("Set PPCBUDGET_URL to the running service, e.g. http://127.0.0.1:5080");
const origin = new URL(baseUrl).origin;
const screenshots = path.resolve(process.env.PPCBUDGET_SCREENSHOTS ?? "screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A Keyword Planner download as Google gives it: UTF-16LE with a BOM, tab-separated, two title lines. The midpoints
 * of the top-of-page bids are the worked example's CPCs: $2.90 and $13.76. */
const keywordPlannerFile = Buffer.from("\uFEFF" + [
  "Keyword Stats 2026-06-15 at 21_38_13",
  '"June 1, 2025 - May 31, 2026"',
  ["Keyword", "Currency", "Avg. monthly searches", "Competition", "Top of page bid (low range)", "Top of page bid (high range)"].join("\t"),
  ["coffee shop", "USD", "550000", "Medium", "2.00", "3.80"].join("\t"),
  ["mortgage broker", "USD", "49500", "High", "10.00", "17.52"].join("\t"),
].join("\n") + "\n", "utf16le");

/** @type {import("playwright-core").Browser} */
let browser;
/** @type {import("playwright-core").Page} */
let page;
/** @type {string[]} */
const foreignRequests = [];
/** @type {string[]} */
const pageErrors = [];

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) foreignRequests.push(request.url());
  });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  // A 4xx answer is logged by Chromium as "Failed to load resource"; those are the tests' own bad inputs.
  page.on("console", (message) => { if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) pageErrors.push(message.text()); });
  await page.goto(`${baseUrl}/`);
});

after(async () => {
  await browser?.close();
});

/** @param {string} formId */
const form = (formId) => page.locator(`#${formId}`);

/**
 * The value shown under a headline figure's label.
 * @param {string} resultsId
 * @param {string} label
 */
const figure = (resultsId, label) => page.locator(`#${resultsId} .figures div`).filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");

/** @param {string} name */
async function screenshot(name) {
  const file = path.join(screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot: ${file}`);
}

async function seriousAccessibilityViolations() {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global axe-core's script defines
    const results = await window.axe.run(document, { resultTypes: ["violations"] });
    return /** @type {{ id: string, impact: string, help: string, nodes: { target: string[] }[] }[]} */ (results.violations);
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("the calculator page", () => {
  it("prices the worked example: coffee shop $2.90 and mortgage broker $13.76 over 4 months", async () => {
    const testing = form("testing-form");
    await testing.getByRole("textbox", { name: "Keyword 1", exact: true }).fill("coffee shop");
    await testing.getByLabel("CPC 1", { exact: true }).fill("2.90");
    await testing.getByRole("textbox", { name: "Keyword 2", exact: true }).fill("mortgage broker");
    await testing.getByLabel("CPC 2", { exact: true }).fill("13.76");
    await testing.getByLabel("Months").fill("4");
    await testing.getByLabel("Conversion rate (%)").fill("1");
    await testing.getByRole("button", { name: "Price the test" }).click();

    await assert.doesNotReject(figure("testing-results", "Total").filter({ hasText: "$1,666.00" }).waitFor());
    assert.equal(await figure("testing-results", "Total").textContent(), "$1,666.00");
    assert.match(await figure("testing-results", "Monthly budget").textContent() ?? "", /^\$416\.50/);
    assert.match(await page.locator("#testing-status").textContent() ?? "", /\$1,666\.00 in total, \$416\.50 a month/);
    assert.equal(await page.locator("#testing-results table").filter({ hasText: "Schedule" }).locator("tbody tr").count(), 4);
  });

  it("shows a field's error next to it, marks it invalid, and moves focus to it", async () => {
    const testing = form("testing-form");
    const cpc = testing.getByLabel("CPC 1", { exact: true });
    await cpc.fill("-2.90");
    await testing.getByRole("button", { name: "Price the test" }).click();

    await cpc.and(page.locator('[aria-invalid="true"]')).waitFor();
    const described = await cpc.evaluate((input) => {
      const ids = (input.getAttribute("aria-describedby") ?? "").split(" ");
      const message = ids.map((id) => document.getElementById(id)).find((node) => node?.classList.contains("field-error"));
      return { message: message?.textContent ?? "", besideIt: input.nextElementSibling === message, focused: document.activeElement === input };
    });
    assert.match(described.message, /must be an amount/);
    assert.ok(described.besideIt, "the message sits right after the field");
    assert.ok(described.focused, "focus is on the invalid field");
    assert.ok(await page.locator("#testing-results").isHidden(), "no figures from the earlier plan beside the error");
    assert.match(await testing.locator(".error-summary").textContent() ?? "", /CPC 1/);
    await screenshot("error-desktop");
    assert.deepEqual(await seriousAccessibilityViolations(), []);

    await cpc.fill("2.90");
    await testing.getByRole("button", { name: "Price the test" }).click();
    await figure("testing-results", "Total").filter({ hasText: "$1,666.00" }).waitFor();
    assert.equal(await testing.locator("[aria-invalid]").count(), 0, "a corrected form has no error left");
  });

  it("uploads a Keyword Planner download as multipart/form-data with a file part, the settings as query parameters", async () => {
    const testing = form("testing-form");
    await testing.getByLabel("Or upload a file").setInputFiles({ name: "Keyword Stats 2026-06-15 at 21_38_13.csv", mimeType: "text/csv", buffer: keywordPlannerFile });
    // Chromium does not report a file's bytes in a request's post data: the test reads the FormData the page hands fetch.
    await page.evaluate(() => {
      const send = window.fetch;
      window.fetch = async (input, init) => {
        if (init?.body instanceof FormData)
          // @ts-expect-error a test-only record on window
          window.sentParts = await Promise.all([...init.body.entries()].map(async ([name, value]) => typeof value === "string"
            ? { name, value }
            : { name, fileName: value.name, type: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] }));
        return send(input, init);
      };
    });
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().startsWith(`${origin}/v1/budgets/testing`)),
      testing.getByRole("button", { name: "Price the test" }).click(),
    ]);
    const url = new URL(request.url());
    assert.equal(request.method(), "POST");
    assert.equal(url.pathname, "/v1/budgets/testing");
    assert.deepEqual(Object.fromEntries(url.searchParams), { months: "4", conversionRate: "0.01" });
    assert.match(request.headers()["content-type"] ?? "", /^multipart\/form-data; boundary=/);
    assert.equal(request.headers()["accept"], "application/json");
    // @ts-expect-error the record made above
    const parts = await page.evaluate(() => window.sentParts);
    assert.deepEqual(parts, [{ name: "file", fileName: "Keyword Stats 2026-06-15 at 21_38_13.csv", type: "text/csv", bytes: [...keywordPlannerFile] }]);

    const response = await request.response();
    await page.locator("#testing-results:not([aria-busy])").waitFor({ state: "attached" });
    // The midpoints of the bid ranges at 1 %, over the 4 months the query says.
    assert.equal(response?.status(), 200, await response?.text());
    await figure("testing-results", "Total").filter({ hasText: "$1,666.00" }).waitFor();
    assert.match(await figure("testing-results", "Monthly budget").textContent() ?? "", /^\$416\.50/);
    assert.equal(await page.locator("#testing-results p.note").last().textContent(), "* CPC estimated, from the Keyword Planner download's top-of-page bids.");
    await testing.getByRole("button", { name: "Remove the file" }).click();
  });

  it("judges keywords pasted from a sheet, and draws the spend curve when the answer has one", async () => {
    const roi = form("roi-form");
    await roi.getByLabel("Customer value ($)").fill("100");
    await roi.getByLabel("Conversion rate (%)").fill("1");
    await roi.getByLabel("Target margin (%)").fill("20");
    const sheet = "Keyword\tCPC\tSearches\ncoffee shop\t0.80\t550000\nmortgage broker\t13.76\t49500\n";
    await roi.getByRole("textbox", { name: "Keyword 1", exact: true }).evaluate((input, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, sheet);
    assert.equal(await roi.getByRole("textbox", { name: "Keyword 2", exact: true }).inputValue(), "mortgage broker");
    assert.equal(await roi.getByLabel("CPC 2", { exact: true }).inputValue(), "13.76");

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${origin}/v1/budgets/roi`)),
      roi.getByRole("button", { name: "Judge the keywords" }).click(),
    ]);
    assert.equal(response.status(), 200, await response.text());
    const answer = await response.json();
    await page.locator("#roi-results .verdict").first().waitFor();
    assert.deepEqual(await page.locator("#roi-results .verdict").allTextContents(), ["Profitable", "Loses money"]);
    assert.equal(await figure("roi-results", "EPC \\(max CPC\\)").textContent(), "$1.00customer value × 1%");

    if (!answer.budget.curve.points.length) {
      // CPCs typed without a bid range or a forecast give no curve, and the answer says why instead of inventing one.
      assert.equal(answer.budget.curve.basis, "none");
      assert.match(answer.budget.curve.note, /No curve/);
      assert.equal(await page.locator("#roi-results svg.chart").count(), 0);
      return;
    }
    const chart = page.locator("#roi-results svg.chart");
    await chart.waitFor();
    assert.equal(await chart.locator("path.profit").count(), 1);
    assert.equal(await chart.locator("path.spend").count(), 1);
    assert.equal(await chart.locator("circle.profit").count(), answer.budget.curve.points.length);
  });

  it("draws the service's own spend curve for keywords priced from the estimates' top-of-page bids", async () => {
    const roi = form("roi-form");
    await roi.getByLabel("Customer value ($)").fill("1000");
    await roi.getByRole("textbox", { name: "Keyword 1", exact: true }).evaluate((input, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, "Keyword\tCPC\tSearches\ncoffee shop\t\t550000\nmortgage broker\t\t90500\n");

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${origin}/v1/budgets/roi`)),
      roi.getByRole("button", { name: "Judge the keywords" }).click(),
    ]);
    assert.equal(response.status(), 200, await response.text());
    const answer = await response.json();
    assert.equal(answer.budget.curve.basis, "model", JSON.stringify(answer.budget.curve));
    assert.ok(answer.budget.curve.points.length > 0);
    const chart = page.locator("#roi-results svg.chart");
    await chart.waitFor();
    assert.equal(await chart.locator("circle.profit").count(), answer.budget.curve.points.length);
  });

  it("draws the spend curve of an answer with a budget: the service's, or the sample budget while it has none", async () => {
    const route = `${origin}/v1/budgets/roi**`;
    await page.route(route, async (intercepted) => {
      const response = await intercepted.fetch();
      const answer = await response.json();
      await intercepted.fulfill({ response, json: answer.budget?.curve?.points?.length ? answer : { ...answer, budget: sampleBudget } });
    });
    await form("roi-form").getByRole("button", { name: "Judge the keywords" }).click();
    const chart = page.locator("#roi-results svg.chart");
    await chart.waitFor();
    // Waits for a handler still in flight (a second request the page made) instead of leaving it to fulfil a route
    // already let through, which failed the run now and then ("Route is already handled").
    await page.unrouteAll({ behavior: "wait" });

    assert.match(await figure("roi-results", "Monthly budget").textContent() ?? "", /^\$[\d,]+\.\d\d$/);
    assert.equal(await chart.locator("path.profit").count(), 1);
    assert.equal(await chart.locator("path.spend").count(), 1);
    assert.equal(await chart.locator(".recommended").count(), 1);
    assert.match(await chart.getAttribute("aria-labelledby") ?? "", /title .*desc/);
    assert.match(await page.locator("#roi-status").textContent() ?? "", /ROI budget \$[\d,]+\.\d\d a month/);
    await page.locator("#roi-results .spend-curve").screenshot({ path: path.join(screenshots, "spend-curve-desktop.png") });
    console.log(`screenshot: ${path.join(screenshots, "spend-curve-desktop.png")}`);
  });

  it("reads well on a desktop and at a phone's 375 px, with no serious accessibility violation", async () => {
    await screenshot("calculator-desktop");
    assert.deepEqual(await seriousAccessibilityViolations(), []);

    await page.setViewportSize({ width: 375, height: 812 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), "nothing wider than the phone's screen");
    await screenshot("calculator-375px");
    assert.deepEqual(await seriousAccessibilityViolations(), []);
  });

  it("asks nothing of another origin and raises no script error", () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});
