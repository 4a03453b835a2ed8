using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Features;
using PpcBudget.Api.Estimates;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Budgets for CSV plans of up to a million rows in bounded memory. The body is read twice: first to check every row
/// (and find the keywords that need estimates), so that a bad row is a 400 before any answer is sent; then to
/// calculate and write the answer a line at a time. The body is buffered to a temporary file between the two.
/// </summary>
public sealed class BulkBudgets(CpcEstimator estimator)
{
    /// <summary>Large CSV plans are the point of this path; a JSON body keeps the server's usual limit.</summary>
    public const long MaxCsvBytes = 50L * 1024 * 1024;

    const int BufferInMemoryUpTo = 1024 * 1024;

    static readonly TestingKeywordValidator TestingRules = new();
    static readonly RoiKeywordValidator RoiRules = new();

    public async Task<IReadOnlyList<ValidationFailure>> TestingAsync(HttpContext http, TestingPlan settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        var checkedPlan = await CheckAsync(http, CsvPlanReader.TestingColumns, ToTesting, TestingRules, settings, settings.Currency, cancellationToken);
        if (checkedPlan.Failures.Count > 0)
            return checkedPlan.Failures;

        var run = new TestingBudgetRun(settings);
        var clicksNeeded = 0m;
        await using (var answer = new StreamedAnswer<KeywordTestCost, TestingBudget>(http.Response, Format(http), run.CurrencyCode,
                         TestingBudgetTable.Header, TestingBudgetTable.Row))
        {
            await foreach (var row in CsvPlanReader.ReadAsync(http.Request.Body, CsvPlanReader.TestingColumns, [], cancellationToken))
            {
                var keyword = ToTesting(row);
                if (!checkedPlan.TryPrice(keyword, out var estimate))
                    continue;
                var line = run.Add(keyword, estimate);
                clicksNeeded += line.ClicksNeeded;
                await answer.LineAsync(line, cancellationToken);
            }
            var budget = run.Finish([]);
            budget = budget with { SkippedKeywords = checkedPlan.Skipped, Warnings = [.. checkedPlan.Warnings, .. budget.Warnings] };
            await answer.EndAsync(budget, budget.SkippedKeywords.Select(TestingBudgetTable.SkippedRow), TestingBudgetTable.TotalRow(budget, clicksNeeded), cancellationToken);
        }
        return [];
    }

    public async Task<IReadOnlyList<ValidationFailure>> RoiAsync(HttpContext http, RoiPlan settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        var checkedPlan = await CheckAsync(http, CsvPlanReader.RoiColumns, ToRoi, RoiRules, settings, settings.Currency, cancellationToken);
        if (checkedPlan.Failures.Count > 0)
            return checkedPlan.Failures;

        var run = new RoiRun(settings);
        long profitable = 0, keywords = 0;
        await using (var answer = new StreamedAnswer<KeywordReturn, RoiReport>(http.Response, Format(http), run.CurrencyCode,
                         RoiReportTable.Header, RoiReportTable.Row))
        {
            await foreach (var row in CsvPlanReader.ReadAsync(http.Request.Body, CsvPlanReader.RoiColumns, [], cancellationToken))
            {
                var keyword = ToRoi(row);
                if (!checkedPlan.TryPrice(keyword, out var estimate))
                    continue;
                var line = run.Add(keyword, estimate);
                keywords++;
                profitable += line.Verdict == Verdict.Profitable ? 1 : 0;
                await answer.LineAsync(line, cancellationToken);
            }
            var report = run.Finish([]);
            report = report with { SkippedKeywords = checkedPlan.Skipped, Warnings = [.. checkedPlan.Warnings, .. report.Warnings] };
            await answer.EndAsync(report, report.SkippedKeywords.Select(RoiReportTable.SkippedRow), RoiReportTable.TotalRow(report, profitable, keywords), cancellationToken);
        }
        return [];
    }

    static TestingKeyword ToTesting(CsvKeywordRow row) =>
        new() { Keyword = row.Keyword, Cpc = row.Cpc, ConversionRate = row.ConversionRate, MonthlySearches = row.MonthlySearches };

    static RoiKeyword ToRoi(CsvKeywordRow row) =>
        new() { Keyword = row.Keyword, Cpc = row.Cpc, Clicks = row.Clicks, Conversions = row.Conversions };

    static AnswerFormat Format(HttpContext http) => AnswerFormats.Requested(http.Request) ?? AnswerFormat.Json;

    /// <summary>The first pass: every row checked, estimates looked up for the keywords without a CPC, the body rewound.</summary>
    async Task<CheckedPlan> CheckAsync<TKeyword>(HttpContext http, IReadOnlyList<string> columns, Func<CsvKeywordRow, TKeyword> toKeyword,
        IValidator<TKeyword> rules, IEstimateOptions options, string? currency, CancellationToken cancellationToken)
        where TKeyword : IKeywordWithCpc
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxCsvBytes;
        http.Request.EnableBuffering(BufferInMemoryUpTo, MaxCsvBytes);

        var failures = new List<ValidationFailure>();
        var unpriced = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in CsvPlanReader.ReadAsync(http.Request.Body, columns, failures, cancellationToken))
        {
            var keyword = toKeyword(row);
            foreach (var error in (await rules.ValidateAsync(keyword, cancellationToken)).Errors)
                failures.Add(new ValidationFailure(CsvPlanReader.FieldName(row.Line, error.PropertyName), error.ErrorMessage));
            if (keyword.Cpc is null)
                unpriced.TryAdd(KeywordText.Normalize(row.Keyword), row.Line);
            if (failures.Count >= CsvPlanReader.MaxFailures)
                break;
        }
        if (failures.Count > 0)
            return CheckedPlan.Failed(failures);

        var basis = options.CpcBasis ?? CpcBasis.Average;
        var lookup = unpriced.Count == 0
            ? new EstimateLookup(new Dictionary<string, CpcEstimate>(), [], [])
            : await estimator.LookUpAsync(unpriced.Keys, EstimateQuery.From(options, currency ?? Core.Money.Currency.DefaultCode), cancellationToken);
        var unknown = unpriced.Where(keyword => lookup.For(keyword.Key)?.CpcFor(basis) is null).ToList();
        if (unknown.Count > 0 && options.SkipUnknownKeywords != true)
            return CheckedPlan.Failed(unknown.Take(CsvPlanReader.MaxFailures).Select(keyword => new ValidationFailure(
                CsvPlanReader.FieldName(keyword.Value, "cpc"),
                $"is required: no estimate source knows '{keyword.Key}' with a {basis.ToString().ToLowerInvariant()} figure. "
                + "Fill in its cpc, or set skipUnknownKeywords=true to leave it out.")).ToList());

        http.Request.Body.Position = 0;
        var skipped = unknown.Select(keyword => keyword.Key).ToList();
        var warnings = lookup.Warnings.ToList();
        if (skipped.Count > 0)
            warnings.Add($"Left out {skipped.Count:N0} keyword(s) with no CPC and no estimate; they are listed under skippedKeywords.");
        return new CheckedPlan([], lookup, basis, skipped.ToHashSet(StringComparer.Ordinal), skipped, warnings);
    }

    sealed record CheckedPlan(
        IReadOnlyList<ValidationFailure> Failures,
        EstimateLookup? Lookup,
        CpcBasis Basis,
        HashSet<string> SkippedSet,
        IReadOnlyList<string> Skipped,
        IReadOnlyList<string> Warnings)
    {
        public static CheckedPlan Failed(IReadOnlyList<ValidationFailure> failures) => new(failures, null, CpcBasis.Average, [], [], []);

        /// <summary>The estimate a keyword without a CPC uses; false when it was skipped.</summary>
        public bool TryPrice(IKeywordWithCpc keyword, out CpcEstimate? estimate)
        {
            estimate = null;
            if (keyword.Cpc is not null)
                return true;
            var normalized = KeywordText.Normalize(keyword.Keyword ?? "");
            if (SkippedSet.Contains(normalized))
                return false;
            estimate = Lookup?.For(normalized);
            return true;
        }
    }
}
