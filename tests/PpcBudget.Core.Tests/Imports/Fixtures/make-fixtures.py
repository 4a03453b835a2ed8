#!/usr/bin/env python3
"""Writes the keyword-file fixtures byte for byte: BOMs, UTF-16LE, tabs, LF or CRLF and CSV quoting exactly as the
downloads have them. Run it from this folder; the tests read the files it writes, not this script."""

UTF8_BOM = b"\xef\xbb\xbf"
UTF16LE_BOM = b"\xff\xfe"


def write(name, lines, encoding="utf-8", bom=b"", newline="\n", final_newline=True):
    text = newline.join(lines) + (newline if final_newline else "")
    data = bom + text.encode("utf-16-le" if encoding == "utf-16-le" else "utf-8")
    with open(name, "wb") as f:
        f.write(data)


def q(cell):
    """A cell quoted the RFC 4180 way: in quotes, with quotes doubled."""
    return '"' + cell.replace('"', '""') + '"'


# ---------------------------------------------------------------- Keyword Planner
MONTHS = ["Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025", "Oct 2025", "Nov 2025", "Dec 2025",
          "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026"]
PLANNER_HEADER = ["Keyword", "Currency", "Avg. monthly searches", "Three month change", "YoY change", "Competition",
                  "Competition (indexed value)", "Top of page bid (low range)", "Top of page bid (high range)",
                  "Ad impression share", "Organic impression share", "Organic average position", "In account?",
                  "In plan?"] + ["Searches: " + m for m in MONTHS]
PLANNER_ROWS = [
    ["mold removal", "USD", "12100", "0%", "22%", "Medium", "41", "1.24", "4.87", "", "", "", "N", "N",
     "9900", "9900", "12100", "12100", "12100", "9900", "8100", "12100", "14800", "14800", "14800", "12100"],
    ["black mold, bathroom", "USD", "1900", "-90%", "900%", "Low", "12", "0.88", "3.10", "", "", "", "N", "N",
     "1600", "1600", "1900", "1900", "2400", "1900", "1600", "1900", "1900", "2400", "1900", "1600"],
    ["mold testing kit", "USD", "880", "\u221e", " --", "High", "100", "", "", "", "", "", "N", "N",
     "720", "880", "880", "880", "1000", "880", "720", "880", "880", "1000", "880", "880"],
    ["mould inspection", "USD", "590", "0%", "0%", "Unknown", "", "2.05", "", "", "", "", "N", "N",
     "590", "590", "590", "590", "590", "590", "590", "590", "590", "590", "590", "590"],
    # Shorter than the header, as real downloads end rows early: a bucketed volume with no month figures.
    ["Mildew Smell", "USD", "50", "", "", "Low", "3", "0.45", "1.30"],
]


def planner_cell(cell, separator):
    return q(cell) if ("," in cell and separator == ",") or ("," in cell and separator == "\t") or '"' in cell else cell


def planner_lines(separator, titles=True):
    lines = ["Keyword Stats 2026-06-15 at 21_38_13", q("June 1, 2025 - May 31, 2026")] if titles else []
    lines.append(separator.join(PLANNER_HEADER))
    lines += [separator.join(planner_cell(c, separator) for c in row) for row in PLANNER_ROWS]
    return lines


# The download itself: UTF-16LE with a BOM, tab-separated, LF.
write("Keyword Stats 2026-06-15 at 21_38_13.csv", planner_lines("\t"), "utf-16-le", UTF16LE_BOM)
# Opened and saved as "CSV UTF-8" in Excel: BOM, commas, CRLF, title lines kept.
write("Keyword Stats 2026-06-15 at 21_38_13 (Excel).csv", planner_lines(","), bom=UTF8_BOM, newline="\r\n")
# Downloaded again from Google Sheets: no BOM, commas, no title lines, no final newline.
write("Keyword Stats 2026-06-15 at 21_38_13 (Sheets).csv", planner_lines(",", titles=False), final_newline=False)

# A low-spend account: bucketed volumes with every month empty, columns in another order, Segmentation and grouping columns.
BUCKET_HEADER = ["Keyword", "Segmentation", "Avg. monthly searches", "Competition", "Competition (indexed value)",
                 "Top of page bid (high range)", "Top of page bid (low range)", "Currency"] + \
                ["Searches: " + m for m in MONTHS] + ["Brand", "Service"]
EMPTY_MONTHS = [""] * 12
BUCKET_ROWS = [
    ["plumber near me", "Plumbing", "50000", "High", "90", "12.40", "3.95", "EUR"] + EMPTY_MONTHS + ["no", "repair"],
    ["emergency plumber", "Plumbing", "5000", "High", "88", "15.10", "4.20", "EUR"] + ["5000"] * 12 + ["no", "repair"],
    ["plumbing supplies", "Plumbing", "0", "Low", "5", "0.90", "0.30", "EUR"] + EMPTY_MONTHS + ["no", "shop"],
    ["boiler repair", "Heating", "500000", "Medium", "55", "9.80", "2.75", "EUR"] + EMPTY_MONTHS + ["no", "repair"],
    ["drain unblocking", "Plumbing", "500", "Medium", "47", "6.00", "1.85", "EUR"] + EMPTY_MONTHS,
    ["tap washer", "Plumbing", "1300", "Low", "9", "0.75", "0.20", "EUR"] + EMPTY_MONTHS + ["no", "shop"],
]
write("Keyword Stats 2026-06-16 at 09_02_44.csv",
      ["Keyword Stats 2026-06-16 at 09_02_44", q("June 1, 2025 - May 31, 2026"), "\t".join(BUCKET_HEADER)] +
      ["\t".join(row) for row in BUCKET_ROWS], "utf-16-le", UTF16LE_BOM)

# ---------------------------------------------------------------- Google Ads search keyword report
REPORT_HEADER = ["Keyword status", "Keyword", "Match type", "Campaign", "Ad group", "Status", "Status reasons",
                 "Final URL", "Impr.", "CTR", "Currency code", "Cost", "Clicks", "Conv. rate", "Conversions",
                 "Avg. CPC", "Cost / conv.", "Conv. value", "Search impr. share"]
# Numbers as a US account's download writes them; the European twin below rewrites them.
REPORT_ROWS = [
    ["Enabled", "[mold clean up services]", "Exact match", "Mold - Search", "Cleanup", "Eligible", "",
     "https://example.com/cleanup", "7,486", "15.04%", "USD", "3203.48", "1,126", "1.07%", "12.00", "2.84", "266.96",
     "3840.00", "< 10%"],
    ["Enabled", "[mold clean up services]", "Exact match", "Mold - Search", "Cleanup 2", "Eligible (limited)",
     "Limited by budget,\nRarely shown", "https://example.com/cleanup", "1,000", "10.00%", "USD", "400.00", "100",
     "2.50%", "2.50", "4.00", "160.00", "500.00", "45.50%"],
    ["Enabled", '"mold removal"', "Phrase match", "Mold - Search", "Removal", "Eligible", "",
     "https://example.com/removal", "2,310", "13.20%", "USD", "911.50", "305", "1.31%", "4.00", "2.99", "227.88",
     "1280.00", "> 90%"],
    ["Paused", "mold inspection", "Broad match", "Mold - Search", "Inspection", "Paused", "Paused", "", "120", "0.00%",
     "USD", "0.00", "0", "0.00%", "0.00", "0.00", " --", "0.00", " --"],
    ["Total: Account", "", "", "", "", "", "", "", "10,916", "14.14%", "USD", "4514.98", "1,531", "1.21%", "18.50",
     "2.95", "244.05", "5620.00", " --"],
    [" --", "Total: Search", "", "", "", "", "", "", "10,916", "14.14%", "USD", "4514.98", "1,531", "1.21%", "18.50",
     "2.95", "244.05", "5620.00", " --"],
    [" --", " --", "Total: Campaign", "", "", "", "", "", "10,916", "14.14%", "USD", "4514.98", "1,531", "1.21%",
     "18.50", "2.95", "244.05", "5620.00", " --"],
]


def csv_cell(cell, separator):
    needs = separator in cell or '"' in cell or "\n" in cell or (separator == "," and "," in cell)
    return q(cell) if needs else cell


def report_lines(separator, date_line, rows=REPORT_ROWS, header=REPORT_HEADER, title="Search keyword report"):
    return [title, date_line, separator.join(header)] + [separator.join(csv_cell(c, separator) for c in row) for row in rows]


# The three encodings Google Ads offers for one report.
write("Search keyword report.csv", report_lines(",", q("March 31, 2026 - April 27, 2026")))
write("Search keyword report (Excel).csv", report_lines("\t", "1 May 2026 - 8 May 2026"), "utf-16-le", UTF16LE_BOM)
write("Search keyword report.tsv", report_lines("\t", q("March 31, 2026 - April 27, 2026")), newline="\r\n")


def european(cell):
    """A number cell as German Excel saves it: decimal comma, dots between thousands."""
    if cell.strip() == "--" or not any(ch.isdigit() for ch in cell) or cell.startswith("http"):
        return cell
    if cell.startswith(("Mold", "Cleanup", "Removal", "Inspection", "[", '"', "Total", "mold")):
        return cell
    return cell.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")


# The comma report opened in a German Excel and saved as CSV UTF-8: ';' between cells, decimal commas, CRLF.
EURO_ROWS = [[european(c) for c in row] for row in REPORT_ROWS]
write("Search keyword report (semicolon).csv", report_lines(";", "March 31, 2026 - April 27, 2026", EURO_ROWS),
      bom=UTF8_BOM, newline="\r\n")

# ---------------------------------------------------------------- Google Ads search terms report
TERMS_HEADER = ["Search term", "Match type", "Added/Excluded", "Campaign", "Ad group", "Keyword", "Impr.",
                "Interactions", "Clicks", "Currency code", "Cost", "Conversions", "Campaign type"]
TERMS_ROWS = [
    ["mold cleanup service", "Exact match (close variant)", "None", "Mold - Search", "Cleanup",
     "[mold clean up services]", "1,204", "180", "180", "USD", "512.40", "3.00", "Search"],
    ["mold clean up services", "Exact match", "None", "Mold - Search", "Cleanup", "[mold clean up services]", "900",
     "120", "120", "USD", "340.20", "2.00", "Search"],
    ["mold clean up services", "Exact match", "None", "Mold - Search", "Cleanup 2", "[mold clean up services]", "100",
     "10", "10", "USD", "30.00", "0.50", "Search"],
    ["how to remove mold", "Phrase match (close variant)", "Excluded", "Mold - Search", "Removal", '"mold removal"',
     "310", "25", "25", "USD", "61.25", "0.00", "Search"],
    ["black mold removal", "Broad match", "Added", "Mold - Search", "Removal", "mold removal", "44", "2", "2", "USD",
     "5.10", " --", "Search"],
    ["Total: Search terms", "", "", "", "", "", "2,558", "337", "337", "USD", "948.95", "5.50", ""],
    [" --", "Total: Account", "", "", "", "", "2,558", "337", "337", "USD", "948.95", "5.50", ""],
]
write("Search terms report.csv",
      report_lines(",", q("April 1, 2026 - April 30, 2026"), TERMS_ROWS, TERMS_HEADER, "Search terms report"))

# ---------------------------------------------------------------- Microsoft Advertising keyword performance report
MICROSOFT_LINES = [
    q("Report Name: Keyword performance report"),
    q("Report Time: 4/1/2026,4/30/2026"),
    q("Time Zone: (GMT-08:00) Pacific Time (US & Canada); Tijuana"),
    q("Last Completed Available Day: 5/1/2026 2:10:00 AM (GMT-08:00) Pacific Time (US & Canada); Tijuana"),
    q("Potential Incomplete Data: false"),
    q("Rows: 4"),
    "",
    ",".join(q(c) for c in ["Account name", "Campaign", "Ad group", "Keyword", "Match type", "Impressions", "Clicks",
                            "Spend", "Conversions", "Revenue", "Currency code", "Impression share percent"]),
    ",".join(q(c) for c in ["Acme Mold", "Mold - Search", "Cleanup", "mold clean up services", "Exact", "2,140", "301",
                            "842.80", "6", "1920.00", "USD", "38.12"]),
    ",".join(q(c) for c in ["Acme Mold", "Mold - Search", "Cleanup 2", "mold clean up services", "Exact", "860", "99",
                            "257.20", "1.5", "480.00", "USD", "12.40"]),
    ",".join(q(c) for c in ["Acme Mold", "Mold - Search", "Removal", "mold removal", "Phrase", "1,500", "120", "300.00",
                            "2", "640.00", "USD", "--"]),
    ",".join(q(c) for c in ["Acme Mold", "Mold - Search", "Removal", "Mold Removal", "Broad", "400", "0", "0.00", "0",
                            "0.00", "USD", ""]),
    "",
    q("\u00a92026 Microsoft Corporation. All rights reserved. "),
]
write("Keyword performance report.csv", MICROSOFT_LINES, bom=UTF8_BOM, newline="\r\n")

# ---------------------------------------------------------------- PpcBudget's plan CSV
write("plan.csv", [
    "keyword,cpc,conversionRate,monthlySearches,clicks,conversions",
    "coffee shop,2.90,0.02,550000,,",
    'espresso machine,1.15,3%,12000,40,1',
    '"beans, whole",0.75,,,,',
    "cold brew,,,,,",
])
write("plan (semicolon).csv", [
    "keyword;cpc;conversionRate;monthlySearches;clicks;conversions",
    "coffee shop;2,90;0,02;550000;;",
    'espresso machine;1,15;3%;12000;40;1',
    'beans, whole;0,75;;;;',
    "cold brew;;;;;",
], bom=UTF8_BOM, newline="\r\n")
