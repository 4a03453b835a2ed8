#!/usr/bin/env python3
"""The yardstick for the million-row CSV plan: a plain Python `csv` script (standard library only) that reads the same
plan file as POST /v1/budgets/testing (text/csv, format=csv) and writes the same CSV answer, byte for byte.

    python3 tests/load/plan_budget.py PLAN.csv [ANSWER.csv]     # the answer goes to stdout without ANSWER.csv

Per keyword: cost per sale = CPC / conversion rate (the plan's 0.01 when the row has none), test cost = cost per sale x
sales wanted (1), clicks needed = sales / rate, months needed = clicks / (monthly searches x click-through rate 0.01);
then a TOTAL row with the clicks and the test costs summed. Money is rounded half away from zero to cents.

Arithmetic in `decimal`, not float: the service computes in .NET's System.Decimal, and only decimal gives the same
digits (0.3 / 0.01 is 30, not 29.999999999999996) so that the two answers can be compared with cmp. CPython's decimal
is the C library libmpdec, the fastest exact choice the standard library has; it does less work than the service
(no validation messages, no warnings, no formula neutralisation), which makes it a fair-to-generous yardstick.
"""
import csv
import sys
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PLAN_RATE = Decimal("0.01")
CLICK_THROUGH_RATE = Decimal("0.01")
SALES = Decimal(1)
HEADER = ["keyword", "cpc", "cpcSource", "conversionRate", "costPerSale", "clicksNeeded", "testCost", "monthlySearches", "monthsNeeded"]


def money(value):
    """The currency's rounding: always two decimals."""
    return value.quantize(CENT, ROUND_HALF_UP)


def round2(value):
    """Math.Round(value, 2, AwayFromZero), as text: a value with fewer decimals is kept as it is (100, 62.5)."""
    rounded = value.quantize(CENT, ROUND_HALF_UP)
    return f"{value:f}" if rounded == value else str(rounded)


def rate_of(cell):
    return Decimal(cell[:-1].strip()) / 100 if cell.endswith("%") else Decimal(cell)


def main(plan_path, out):
    with open(plan_path, newline="", encoding="utf-8-sig") as plan:
        rows = csv.reader(plan)
        names = [name.strip().lower() for name in next(rows)]
        at = {name: names.index(name) if name in names else -1 for name in ("keyword", "cpc", "conversionrate", "monthlysearches")}
        k, c, r, m = at["keyword"], at["cpc"], at["conversionrate"], at["monthlysearches"]
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        # Clicks needed depend on the rate alone: worked out once per rate, as the service does for the plan's rate.
        clicks_at = {}
        total = Decimal(0)
        total_clicks = Decimal(0)
        write = writer.writerow
        for row in rows:
            cpc_text = row[c].strip()
            cpc = Decimal(cpc_text)
            rate_text = row[r].strip() if 0 <= r < len(row) else ""
            searches_text = row[m].strip() if 0 <= m < len(row) else ""
            rate = rate_of(rate_text) if rate_text else PLAN_RATE
            if rate not in clicks_at:
                clicks = SALES / rate
                clicks_text = round2(clicks)
                clicks_at[rate] = (clicks, clicks_text, Decimal(clicks_text))
            clicks, clicks_text, clicks_needed = clicks_at[rate]
            cost_per_sale = cpc / rate
            test_cost = cost_per_sale * SALES
            total += test_cost
            total_clicks += clicks_needed
            months = ""
            if searches_text and int(searches_text) > 0:
                months = round2(clicks / (int(searches_text) * CLICK_THROUGH_RATE))
            cost_text = str(cost_per_sale.quantize(CENT, ROUND_HALF_UP))
            write([row[k].strip(), cpc_text, "request", rate_text or "0.01", cost_text, clicks_text,
                   cost_text if SALES == 1 else str(money(test_cost)), searches_text, months])
        write(["TOTAL", "", "", "", "", f"{total_clicks:f}", money(total), "", ""])


if __name__ == "__main__":
    if len(sys.argv) == 3:
        with open(sys.argv[2], "w", newline="", encoding="utf-8") as answer:
            main(sys.argv[1], answer)
    else:
        sys.stdout.reconfigure(newline="")
        main(sys.argv[1], sys.stdout)
