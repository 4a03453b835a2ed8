using BenchmarkDotNet.Running;
using PpcBudget.Benchmarks.Baseline;

namespace PpcBudget.Benchmarks;

/// <summary>
/// <c>baseline [--urls …]</c> serves the minimal-API yardstick for tests/load/run.sh; anything else goes to
/// BenchmarkDotNet (<c>--filter</c>, <c>--job short</c>, <c>--list flat</c>).
/// </summary>
public static class Launcher
{
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [MinimalApiBaseline.Switch, .. var hostArgs])
            MinimalApiBaseline.Run(hostArgs);
        else
            BenchmarkSwitcher.FromAssembly(typeof(Launcher).Assembly).Run(args);
    }
}
