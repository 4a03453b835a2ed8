using PpcBudget.Core.Plans;
using System.Globalization;
using System.Text;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Benchmarks.Plans;

/// <summary>
/// Plans of any size, the same on every run: distinct keywords with CPCs from 0.20 to 99.80, every third with its own
/// conversion rate, every fifth with monthly searches (testing) or observed clicks and conversions (ROI).
/// </summary>
public static class GeneratedPlans
{
    public const int Months = 4;

    public static string Keyword(int i) => $"keyword {i}";

    public static decimal Cpc(int i) => 0.20m + i % 997 / 10m;

    static decimal? ConversionRate(int i) => i % 3 == 0 ? 0.02m : null;

    static long? MonthlySearches(int i) => i % 5 == 0 ? i % 7919 * 10L : null;

    public static TestingPlan Testing(int keywords) => new()
    {
        Months = Months,
        Keywords = [.. Enumerable.Range(1, keywords).Select(i => new PlanKeyword
        {
            Keyword = Keyword(i), Cpc = Cpc(i), ConversionRate = ConversionRate(i), MonthlySearches = MonthlySearches(i),
        })],
    };

    public static RoiPlan Roi(int keywords) => new()
    {
        CustomerValue = 100m,
        TargetMargin = 0.2m,
        Keywords = [.. Enumerable.Range(1, keywords).Select(i => new PlanKeyword
        {
            Keyword = Keyword(i), Cpc = Cpc(i), Clicks = i % 5 == 0 ? 400 : null, Conversions = i % 5 == 0 ? i % 9 : null,
        })],
    };

    /// <summary>The testing plan as a CSV body (header keyword,cpc,conversionRate,monthlySearches), UTF-8.</summary>
    public static byte[] TestingCsv(int rows)
    {
        var csv = new StringBuilder("keyword,cpc,conversionRate,monthlySearches\n", rows * 32);
        for (var i = 1; i <= rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{Keyword(i)},{Cpc(i)},{ConversionRate(i)},{MonthlySearches(i)}\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
