using BenchmarkDotNet.Attributes;
using PpcBudget.Benchmarks.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Benchmarks.Core;

[MemoryDiagnoser]
public class RoiCalculatorBenchmarks
{
    RoiPlan _plan = null!;

    [Params(10, 10_000, 1_000_000)]
    public int Keywords { get; set; }

    [GlobalSetup]
    public void GeneratePlan() => _plan = GeneratedPlans.Roi(Keywords);

    [Benchmark]
    public RoiReport Calculate() => RoiCalculator.Calculate(_plan);
}
