using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Testing;

/// <summary>Plainly valid lines skip the full rules; a line that breaks one is still named by its place in the plan.</summary>
public class PlanValidatorTests
{
    // Whether names come out camelCase depends on whether another test has installed the API's JSON naming already.
    static readonly StringComparer CaseOfNamesAside = StringComparer.OrdinalIgnoreCase;

    static PlanKeyword Line(string text, decimal? cpc) => new() { Keyword = text, Cpc = cpc };

    [Fact]
    public void ABadTestingLineAmongGoodOnesIsNamedByItsOwnIndex()
    {
        var plan = new TestingPlan { Keywords = [Line("coffee shop", 2.90m), Line("espresso bar", 1.10m), Line("latte", -1m), null!, Line("mocha", 0.80m)] };

        var failures = new TestingPlanValidator().Validate(plan).Errors.Select(failure => failure.PropertyName).ToList();

        Assert.Equal(["keywords[2].cpc", "keywords[3]"], failures, CaseOfNamesAside);
    }

    [Fact]
    public void ABadRoiLineAmongGoodOnesIsNamedByItsOwnIndex()
    {
        var plan = new RoiPlan
        {
            CustomerValue = 100m,
            Keywords = [new PlanKeyword { Keyword = "coffee shop", Cpc = 0.50m }, new PlanKeyword { Keyword = "", Cpc = 0.50m }],
        };

        var failures = new RoiPlanValidator().Validate(plan).Errors.Select(failure => failure.PropertyName).ToList();

        Assert.Equal(["keywords[1].keyword"], failures, CaseOfNamesAside);
    }
}
