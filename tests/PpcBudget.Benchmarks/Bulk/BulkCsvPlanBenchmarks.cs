using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using PpcBudget.Api.Estimates;
using PpcBudget.Api.Features.Budgets;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Benchmarks.Plans;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Benchmarks.Bulk;

/// <summary>
/// Where a million-row CSV plan's time goes, in process (no socket): each benchmark adds one stage of what
/// <c>POST /v1/budgets/testing</c> with a text/csv body does, and the last is the whole path as the endpoint runs it.
/// </summary>
[MemoryDiagnoser]
public class BulkCsvPlanBenchmarks
{
    const int PlanRows = CsvPlanReaderBenchmarks.Rows;

    static readonly TestingPlan Settings = new() { Months = GeneratedPlans.Months };
    static readonly PlanKeywordValidator RowRules = new();

    byte[] _plan = [];
    BulkBudgets _bulk = null!;

    [GlobalSetup]
    public void Setup()
    {
        _plan = GeneratedPlans.TestingCsv(PlanRows);
        var configuration = new ConfigurationBuilder().Build();
        _bulk = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddCpcEstimates(configuration)
            .AddBudgets()
            .BuildServiceProvider()
            .GetRequiredService<BulkBudgets>();
    }

    [Benchmark(Baseline = true)]
    public async Task<long> Read()
    {
        long rows = 0;
        await foreach (var _ in ReadRows())
            rows++;
        return rows;
    }

    /// <summary>The first pass: every row through the keyword rules.</summary>
    [Benchmark]
    public async Task<long> ReadAndCheck()
    {
        long failures = 0;
        await foreach (var row in ReadRows())
            failures += (await RowRules.ValidateAsync(Keyword(row))).Errors.Count;
        return failures;
    }

    /// <summary>The second pass without its output: every row priced.</summary>
    [Benchmark]
    public async Task<decimal> ReadAndCalculate()
    {
        var run = new TestingBudgetRun(Settings);
        await foreach (var row in ReadRows())
            run.Add(Keyword(row));
        return run.Finish([]).Total;
    }

    /// <summary>The second pass: every row priced and written as a CSV row.</summary>
    [Benchmark]
    public async Task<decimal> ReadCalculateAndWriteCsv()
    {
        var run = new TestingBudgetRun(Settings);
        await using var table = new TableWriter(Stream.Null, AnswerFormat.Csv);
        await foreach (var row in ReadRows())
        {
            table.WriteRow(TestingBudgetTable.Row(run.Add(Keyword(row))));
            await table.SendIfFullAsync(CancellationToken.None);
        }
        return run.Finish([]).Total;
    }

    /// <summary>Both passes as the endpoint runs them: body buffered (to a temporary file above 1 MB), checked, rewound, priced, written.</summary>
    [Benchmark]
    public async Task<int> WholeRequest()
    {
        await using var answer = await _bulk.TestingAsync(new MemoryStream(_plan, writable: false), Settings,
            new AnswerRequest(AnswerFormat.Csv, ""), CancellationToken.None);
        return answer.Failures.Count == 0 ? (int)answer.Content.Length : throw new InvalidOperationException(answer.Failures[0].ToString());
    }

    IAsyncEnumerable<CsvKeywordRow> ReadRows() =>
        CsvPlanReader.ReadAsync(new MemoryStream(_plan, writable: false), new List<ValidationFailure>(), new HashSet<string>(), CancellationToken.None);

    static PlanKeyword Keyword(CsvKeywordRow row) =>
        new() { Keyword = row.Keyword, Cpc = row.Cpc, ConversionRate = row.ConversionRate, MonthlySearches = row.MonthlySearches };
}
