using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using PpcBudget.Core.Plans;
using PpcBudget.Benchmarks.Plans;

namespace PpcBudget.Benchmarks.Bulk;

/// <summary>Parsing alone: the API's CSV plan reader over a million-row plan held in memory.</summary>
[MemoryDiagnoser]
public class CsvPlanReaderBenchmarks
{
    public const int Rows = 1_000_000;

    byte[] _plan = [];

    [GlobalSetup]
    public void GeneratePlan() => _plan = GeneratedPlans.TestingCsv(Rows);

    [Benchmark]
    public async Task<long> ReadMillionRows()
    {
        using var body = new MemoryStream(_plan, writable: false);
        var failures = new List<ValidationFailure>();
        long rows = 0;
        await foreach (var _ in CsvPlanReader.ReadAsync(body, failures, new HashSet<string>(), CancellationToken.None))
            rows++;
        return failures.Count == 0 ? rows : throw new InvalidOperationException(failures[0].ToString());
    }
}
