namespace PpcBudget.Benchmarks.Plans;

/// <summary>The 10-keyword plan the load script sends (tests/load/ten-keywords.json), copied next to the benchmarks.</summary>
public static class LoadPlan
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "ten-keywords.json");
}
