// The spend curve's geometry, from the sample budget's curve (fixtures/roi-budget.js): four bids, profit rising then
// falling as the marginal CPC passes the EPC, the recommended point at the top of the profit.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { niceTicks, spendCurveChart } from "../../../src/PpcBudget.Api/wwwroot/js/spend-curve.js";
import { sampleBudget } from "../fixtures/roi-budget.js";

const curve = sampleBudget.curve;
const best = curve.recommended;
const size = { width: 600, height: 300 };

describe("spendCurveChart", () => {
  const chart = spendCurveChart(curve, size);
  assert.ok(chart);

  it("spans the bids from 0 and the money from 0 to the largest spend, in round steps", () => {
    assert.deepEqual(chart.xTicks.map((t) => t.value), [0, 0.5, 1, 1.5, 2]);
    assert.deepEqual(chart.yTicks.map((t) => t.value), [0, 200, 400, 600, 800]);
    assert.equal(chart.xTicks[0]?.x, chart.plot.left);
    assert.equal(chart.xTicks.at(-1)?.x, chart.plot.right);
    assert.equal(chart.zeroY, chart.plot.bottom);
  });

  it("draws both series through every point, by increasing bid", () => {
    assert.deepEqual(chart.points.map((p) => p.point.maxCpc), [0.5, 1, 1.5, 2]);
    const moves = (/** @type {string} */ d) => d.split(" ").map((step) => step.slice(1).split(",").map(Number));
    const [, , , last] = moves(chart.spendPath);
    assert.equal(moves(chart.spendPath).length, 4);
    assert.ok(chart.spendPath.startsWith("M") && chart.profitPath.startsWith("M"));
    assert.deepEqual(last, [chart.plot.right, chart.plot.top]);
  });

  it("puts more money higher up, and marks the recommended bid where profit peaks", () => {
    const profitY = chart.points.map((p) => p.profitY);
    const top = Math.min(...profitY);
    assert.equal(chart.recommended?.point, best);
    assert.equal(chart.recommended?.profitY, top);
    assert.equal(chart.recommended?.x, chart.points[1]?.x);
  });

  it("goes below zero when a bid loses money", () => {
    const losing = spendCurveChart({ ...curve, points: [...curve.points, { maxCpc: 3, clicks: 1100, cost: 1400, conversions: 11, profit: -300, marginalCpc: 9 }] }, size);
    assert.ok(losing);
    assert.ok((losing.yTicks[0]?.value ?? 0) <= -300);
    assert.ok(losing.zeroY < losing.plot.bottom);
  });

  it("draws nothing without points", () => {
    assert.equal(spendCurveChart({ ...curve, points: [], recommended: null }, size), null);
  });
});

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten", () => {
    assert.deepEqual(niceTicks(0, 13.76), [0, 5, 10, 15]);
    assert.deepEqual(niceTicks(-120, 480), [-200, 0, 200, 400, 600]);
    assert.deepEqual(niceTicks(0, 0), [0, 0.2]);
  });
});
