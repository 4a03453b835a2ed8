using FluentValidation.Results;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Budgets for CSV plans of up to a million rows in bounded memory. The answer is written to a temporary file as the
/// rows are read, and sent only once every row has passed, so that a bad row is a 400 and never a half-sent 200.
/// When some rows have no CPC, their estimates must be known before any line is priced: the first pass then only
/// checks rows and gathers those keywords, and a second pass over the body (kept in a temporary file) prices them.
/// </summary>
public sealed class BulkBudgets(MissingCpcs missingCpcs)
{
    public Task<BulkAnswer> TestingAsync(Stream body, TestingPlan settings, AnswerRequest request, CancellationToken cancellationToken) =>
        RunAsync(body, BulkShapes.Testing(settings), settings, settings.Currency, request, cancellationToken);

    public Task<BulkAnswer> RoiAsync(Stream body, RoiPlan settings, AnswerRequest request, CancellationToken cancellationToken) =>
        RunAsync(body, BulkShapes.Roi(settings), settings, settings.Currency, request, cancellationToken);

    /// <param name="body">The CSV plan; it is read twice when some rows have no CPC, so it must be seekable.</param>
    /// <param name="shape">What differs between the phases.</param>
    /// <param name="options">Where missing CPCs come from.</param>
    /// <param name="currency">The plan's currency code.</param>
    /// <param name="request">The format and field asked for.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    async Task<BulkAnswer> RunAsync<TLine, TSummary>(Stream body, BulkShape<TLine, TSummary> shape,
        IEstimateOptions options, string? currency, AnswerRequest request, CancellationToken cancellationToken)
        where TSummary : class
    {
        ArgumentNullException.ThrowIfNull(body);
        var currencyCode = Core.Money.Currency.FromCode(currency).Code;

        var spool = Spool();
        try
        {
            var failures = new List<ValidationFailure>();
            var readFailures = new List<ValidationFailure>();
            var header = new HashSet<string>(StringComparer.Ordinal);
            var unpriced = new Dictionary<string, CsvKeywordRow>(StringComparer.Ordinal);
            var run = shape.NewRun();
            await using (var answer = new StreamedAnswer<TLine, TSummary>(spool, request, currencyCode, shape.Header, shape.Row, shape.WriteRow))
            {
                await foreach (var row in CsvPlanReader.ReadAheadAsync(body, readFailures, header, cancellationToken))
                {
                    // Every column the row has is checked, as a JSON keyword's fields are, whether or not the phase uses it.
                    var keyword = row.ToPlanKeyword();
                    if (!PlanKeywordValidator.IsPlainlyValid(keyword))
                        foreach (var error in PlanKeywordValidator.Instance.Validate(keyword).Errors)
                            failures.Add(new ValidationFailure(CsvPlanReader.FieldName(row.Line, error.PropertyName), error.ErrorMessage));
                    if (keyword.Cpc is null)
                        unpriced.TryAdd(KeywordText.Normalize(row.Keyword), row);
                    else if (failures.Count == 0 && unpriced.Count == 0)
                        await answer.LineAsync(run.Add(keyword, null), cancellationToken);
                    if (failures.Count >= CsvPlanReader.MaxFailures)
                        break;
                }
                failures.InsertRange(0, readFailures);
                if (failures.Count > 0)
                    return BulkAnswer.Failed(spool, failures);
                if (unpriced.Count == 0)
                {
                    await EndAsync(answer, run, shape, [], UnusedColumnWarnings(shape, header), cancellationToken);
                    return new BulkAnswer([], spool, request.Format);
                }
            }

            var fill = await missingCpcs.LookUpAsync(unpriced.Values.Select(row => row.Keyword), options, currencyCode, cancellationToken);
            var refused = unpriced.Values.Select(row => (row.Line, Outcome: fill.Judge(row, out _, out var problem), problem))
                .Where(row => row.Outcome == CpcFill.Outcome.Refused)
                .Take(CsvPlanReader.MaxFailures)
                .Select(row => new ValidationFailure(CsvPlanReader.FieldName(row.Line, "cpc"), row.problem))
                .ToList();
            if (refused.Count > 0)
                return BulkAnswer.Failed(spool, refused);

            body.Position = 0;
            spool.SetLength(0);
            run = shape.NewRun();
            var skipped = new List<string>();
            await using (var answer = new StreamedAnswer<TLine, TSummary>(spool, request, currencyCode, shape.Header, shape.Row, shape.WriteRow))
            {
                await foreach (var row in CsvPlanReader.ReadAheadAsync(body, [], header, cancellationToken))
                {
                    var keyword = row.ToPlanKeyword();
                    if (fill.Judge(keyword, out var estimate, out _) == CpcFill.Outcome.Priced)
                        await answer.LineAsync(run.Add(keyword, estimate), cancellationToken);
                    else
                        skipped.Add(row.Keyword);
                }
                await EndAsync(answer, run, shape, skipped, [.. fill.Warnings(skipped), .. UnusedColumnWarnings(shape, header)], cancellationToken);
            }
            return new BulkAnswer([], spool, request.Format);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    static IReadOnlyList<string> UnusedColumnWarnings<TLine, TSummary>(BulkShape<TLine, TSummary> shape, HashSet<string> header)
        where TSummary : class
    {
        var unused = shape.UnusedColumns.Where(header.Contains).ToList();
        return unused.Count == 0 ? [] : [PlanKeyword.NotUsedWarning(unused, "column", "the plan")];
    }

    static async Task EndAsync<TLine, TSummary>(StreamedAnswer<TLine, TSummary> answer, IBulkRun<TLine, TSummary> run,
        BulkShape<TLine, TSummary> shape, IReadOnlyList<string> skipped, IReadOnlyList<string> warnings, CancellationToken cancellationToken)
        where TSummary : class
    {
        var summary = run.Finish(skipped, warnings);
        await answer.EndAsync(summary, skipped.Select(shape.SkippedRow), run.TotalRow(summary), cancellationToken);
    }

    static FileStream Spool() => new(Path.Combine(Path.GetTempPath(), $"ppcbudget-{Guid.NewGuid():N}.answer"), FileMode.CreateNew,
        FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
