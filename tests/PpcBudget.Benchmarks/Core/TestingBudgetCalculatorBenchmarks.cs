using BenchmarkDotNet.Attributes;
using PpcBudget.Benchmarks.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Benchmarks.Core;

[MemoryDiagnoser]
public class TestingBudgetCalculatorBenchmarks
{
    TestingPlan _plan = null!;

    [Params(10, 10_000, 1_000_000)]
    public int Keywords { get; set; }

    [GlobalSetup]
    public void GeneratePlan() => _plan = GeneratedPlans.Testing(Keywords);

    [Benchmark]
    public TestingBudget Calculate() => TestingBudgetCalculator.Calculate(_plan);
}
