using System.Globalization;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Runs made-up CSV plans (every row priced, so no estimate source is asked) through the bulk path once at start-up,
/// before the service listens. On a fresh process the first million-row plan otherwise pays for compiling and tiering
/// that path; README.md's Performance section has what was measured and why the default is 100,000 rows.
/// </summary>
public sealed partial class BulkWarmUp(BulkBudgets bulk, IOptions<PerformanceOptions> options, ILogger<BulkWarmUp> log)
    : IHostedService, IHealthCheck
{
    volatile string? _outcome;
    volatile string? _failure;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var rows = options.Value.WarmUpRows;
        if (rows == 0)
        {
            _outcome = "off (Performance:WarmUpRows is 0)";
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var testingPlan = Plan(rows, "conversionRate,monthlySearches", i => $"{(i % 3 == 0 ? "0.02" : "")},{(i % 5 == 0 ? i % 7919 * 10 : "")}");
        var roiPlan = Plan(rows, "clicks,conversions", i => i % 4 == 0 ? $"{i % 500 + 100},{i % 7}" : ",");
        try
        {
            foreach (var format in new[] { AnswerFormat.Csv, AnswerFormat.Json })
            {
                var request = new AnswerRequest(format, "");
                await RunAsync(testingPlan, body => bulk.TestingAsync(body, new TestingPlan(), request, cancellationToken));
                await RunAsync(roiPlan, body => bulk.RoiAsync(body, new RoiPlan { CustomerValue = 100m }, request, cancellationToken));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Only the first large plan is slower without it: serve anyway, and say so.
            _failure = exception.Message;
            LogWarmUpFailed(log, exception);
            return;
        }
        _outcome = $"done: {rows:N0} rows, testing and ROI, CSV and JSON answers, in {clock.Elapsed.TotalSeconds:0.00} s";
        LogWarmedUp(log, _outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulk path warmed up: {Outcome}.")]
    static partial void LogWarmedUp(ILogger logger, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bulk path warm-up failed; the first large plan will be slower.")]
    static partial void LogWarmUpFailed(ILogger logger, Exception exception);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult((_outcome, _failure) switch
        {
            ({ } outcome, _) => HealthCheckResult.Healthy($"Bulk path warm-up {outcome}."),
            (_, { } failure) => HealthCheckResult.Degraded($"Bulk path warm-up failed ({failure}); the first large plan will be slower."),
            _ => HealthCheckResult.Unhealthy("Warming up the bulk path (large CSV plans); ready in a moment."),
        });

    static async Task RunAsync(byte[] plan, Func<Stream, Task<BulkAnswer>> run)
    {
        await using var answer = await run(new MemoryStream(plan, writable: false));
        if (answer.Failures.Count > 0)
            throw new InvalidOperationException($"The warm-up plan was refused: {answer.Failures[0].PropertyName} {answer.Failures[0].ErrorMessage}");
    }

    /// <summary>Rows shaped like a real plan's: every column, some of the optional ones left empty.</summary>
    static byte[] Plan(int rows, string optionalColumns, Func<int, string> optionalCells)
    {
        var csv = new StringBuilder($"keyword,cpc,{optionalColumns}\n");
        for (var i = 1; i <= rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"keyword {i},{0.20m + i % 997 / 10m},{optionalCells(i)}\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
