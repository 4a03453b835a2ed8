using FluentValidation.Results;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Estimates;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Api.Infrastructure.Limits;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Budgets for CSV plans of up to a million rows in bounded memory. The answer is written to a temporary file as the
/// rows are read, and sent only once every row has passed, so that a bad row is a 400 and never a half-sent 200.
/// When some rows have no CPC, their estimates must be known before any line is priced: the first pass then only
/// checks rows and gathers those keywords, and a second pass over the body (kept in a temporary file) prices them.
/// </summary>
public sealed class BulkBudgets(CpcEstimator estimator, IOptions<LimitsOptions> limits)
{
    const int BufferInMemoryUpTo = 1024 * 1024;

    public Task<IReadOnlyList<ValidationFailure>> TestingAsync(HttpContext http, TestingPlan settings, CancellationToken cancellationToken) =>
        RunAsync(http, BulkShapes.Testing(settings), settings, settings.Currency, cancellationToken);

    public Task<IReadOnlyList<ValidationFailure>> RoiAsync(HttpContext http, RoiPlan settings, CancellationToken cancellationToken) =>
        RunAsync(http, BulkShapes.Roi(settings), settings, settings.Currency, cancellationToken);

    async Task<IReadOnlyList<ValidationFailure>> RunAsync<TKeyword, TLine, TSummary>(HttpContext http, BulkShape<TKeyword, TLine, TSummary> shape,
        IEstimateOptions options, string? currency, CancellationToken cancellationToken)
        where TKeyword : IKeywordWithCpc
        where TSummary : class
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Request.EnableBuffering(BufferInMemoryUpTo, limits.Value.MaxCsvBodyBytes);
        var format = AnswerFormats.Requested(http.Request) ?? AnswerFormat.Json;
        var field = http.Request.Query[AnswerFormats.FieldParameter].ToString();
        var currencyCode = Core.Money.Currency.FromCode(currency).Code;

        await using var spool = Spool();
        var failures = new List<ValidationFailure>();
        var readFailures = new List<ValidationFailure>();
        var unpriced = new Dictionary<string, long>(StringComparer.Ordinal);
        var run = shape.NewRun();
        await using (var answer = new StreamedAnswer<TLine, TSummary>(spool, format, field, currencyCode, shape.Header, shape.Row))
        {
            await foreach (var row in CsvPlanReader.ReadAheadAsync(http.Request.Body, shape.Columns, readFailures, cancellationToken))
            {
                var keyword = shape.ToKeyword(row);
                if (!shape.PlainlyValid(keyword))
                    foreach (var error in (await shape.Rules.ValidateAsync(keyword, cancellationToken)).Errors)
                        failures.Add(new ValidationFailure(CsvPlanReader.FieldName(row.Line, error.PropertyName), error.ErrorMessage));
                if (keyword.Cpc is null)
                    unpriced.TryAdd(KeywordText.Normalize(row.Keyword), row.Line);
                else if (failures.Count == 0 && unpriced.Count == 0)
                    await answer.LineAsync(run.Add(keyword, null), cancellationToken);
                if (failures.Count >= CsvPlanReader.MaxFailures)
                    break;
            }
            failures.InsertRange(0, readFailures);
            if (failures.Count > 0)
                return failures;
            if (unpriced.Count == 0)
            {
                await EndAsync(answer, run, shape, [], [], cancellationToken);
                await SendAsync(http.Response, spool, format, cancellationToken);
                return [];
            }
        }

        var (estimates, estimateFailures) = await EstimatesAsync(unpriced, options, currencyCode, cancellationToken);
        if (estimateFailures.Count > 0)
            return estimateFailures;

        http.Request.Body.Position = 0;
        spool.SetLength(0);
        run = shape.NewRun();
        await using (var answer = new StreamedAnswer<TLine, TSummary>(spool, format, field, currencyCode, shape.Header, shape.Row))
        {
            await foreach (var row in CsvPlanReader.ReadAheadAsync(http.Request.Body, shape.Columns, [], cancellationToken))
            {
                var keyword = shape.ToKeyword(row);
                if (estimates.TryPrice(keyword, out var estimate))
                    await answer.LineAsync(run.Add(keyword, estimate), cancellationToken);
            }
            await EndAsync(answer, run, shape, estimates.Skipped, estimates.Warnings, cancellationToken);
        }
        await SendAsync(http.Response, spool, format, cancellationToken);
        return [];
    }

    static async Task EndAsync<TKeyword, TLine, TSummary>(StreamedAnswer<TLine, TSummary> answer, IBulkRun<TKeyword, TLine, TSummary> run,
        BulkShape<TKeyword, TLine, TSummary> shape, IReadOnlyList<string> skipped, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
        where TKeyword : IKeywordWithCpc
        where TSummary : class
    {
        var summary = run.Finish(skipped, warnings);
        await answer.EndAsync(summary, skipped.Select(shape.SkippedRow), run.TotalRow(summary), cancellationToken);
    }

    static FileStream Spool() => new(Path.Combine(Path.GetTempPath(), $"ppcbudget-{Guid.NewGuid():N}.answer"), FileMode.CreateNew,
        FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    static async Task SendAsync(HttpResponse response, FileStream spool, AnswerFormat format, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = AnswerFormats.ContentType(format);
        response.ContentLength = spool.Length;
        spool.Position = 0;
        await spool.CopyToAsync(response.Body, cancellationToken);
    }

    /// <summary>Estimates for the keywords without a CPC; those no source prices are a failure unless the plan skips them.</summary>
    async Task<(PlanEstimates Estimates, IReadOnlyList<ValidationFailure> Failures)> EstimatesAsync(
        Dictionary<string, long> unpriced, IEstimateOptions options, string currency, CancellationToken cancellationToken)
    {
        var basis = options.CpcBasis ?? CpcBasis.Average;
        var lookup = await estimator.LookUpAsync(unpriced.Keys, EstimateQuery.From(options, currency), cancellationToken);
        var unknown = unpriced.Where(keyword => lookup.For(keyword.Key)?.CpcFor(basis) is null).ToList();
        if (unknown.Count > 0 && options.SkipUnknownKeywords != true)
            return (PlanEstimates.None, unknown.Take(CsvPlanReader.MaxFailures).Select(keyword => new ValidationFailure(
                CsvPlanReader.FieldName(keyword.Value, "cpc"),
                $"is required: no estimate source knows '{keyword.Key}' with a {basis.ToString().ToLowerInvariant()} figure. "
                + "Fill in its cpc, or set skipUnknownKeywords=true to leave it out.")).ToList());

        var skipped = unknown.Select(keyword => keyword.Key).ToList();
        var warnings = lookup.Warnings.ToList();
        if (skipped.Count > 0)
            warnings.Add($"Left out {skipped.Count:N0} keyword(s) with no CPC and no estimate; they are listed under skippedKeywords.");
        return (new PlanEstimates(lookup, skipped.ToHashSet(StringComparer.Ordinal), skipped, warnings), []);
    }

    sealed record PlanEstimates(EstimateLookup? Lookup, HashSet<string> SkippedSet, IReadOnlyList<string> Skipped, IReadOnlyList<string> Warnings)
    {
        public static PlanEstimates None { get; } = new(null, [], [], []);

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
