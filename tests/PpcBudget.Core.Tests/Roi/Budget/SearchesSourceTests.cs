using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Core.Tests.Roi.Budget;

/// <summary>A month's clicks from monthly searches say where the searches came from when an estimate gave them.</summary>
public class SearchesSourceTests
{
    static readonly Planner SeedPlanner = new(new MissingCpcs(new SeedEstimates(SeedEstimateTable.Embedded)));

    static async Task<string?> NoteFor(PlanKeyword keyword)
    {
        var calculated = await SeedPlanner.RoiAsync(new RoiPlan { CustomerValue = 500, Keywords = [keyword] }, CancellationToken.None);
        Assert.Empty(calculated.Failures);
        return Assert.Single(calculated.Answer!.Budget!.Keywords).Note;
    }

    [Fact]
    public async Task SearchesFromTheSampleTableSaySo()
    {
        Assert.Equal("550,000 monthly searches (from the sample table shipped with the service, illustrative) × 0.01 click-through rate.",
            await NoteFor(new PlanKeyword { Keyword = "coffee shop" }));
    }

    [Fact]
    public async Task SearchesThePlanGivesNeedNoWord()
    {
        Assert.Equal("1,000 monthly searches × 0.01 click-through rate.",
            await NoteFor(new PlanKeyword { Keyword = "coffee shop", MonthlySearches = 1000 }));
        Assert.Equal("1,000 monthly searches × 0.01 click-through rate.",
            await NoteFor(new PlanKeyword { Keyword = "coffee shop", Cpc = 2.90m, MonthlySearches = 1000 }));
    }
}
