using BenchmarkDotNet.Running;
using PpcBudget.Benchmarks.Baseline;

namespace PpcBudget.Benchmarks;

/// <summary>
/// <c>baseline [--urls …]</c> serves the minimal-API yardstick for tests/load/run.sh; anything else goes to
/// BenchmarkDotNet (<c>--filter</c>, <c>--job short</c>, <c>--list flat</c>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [MinimalApiBaseline.Switch, .. var hostArgs])
            MinimalApiBaseline.Run(hostArgs);
        else
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
