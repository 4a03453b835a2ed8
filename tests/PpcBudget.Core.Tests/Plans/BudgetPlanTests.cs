using PpcBudget.Core.Checks;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Tests.Plans;

public class BudgetPlanTests
{
    static readonly BudgetPlan CoffeeShop = new()
    {
        Currency = "USD",
        ConversionRate = 0.02m,
        Months = 4,
        SalesPerKeyword = 2,
        AverageSale = 400m,
        FulfillmentCost = 80m,
        TargetMargin = 0.2m,
        Keywords = [new PlanKeyword { Keyword = "coffee shop", Cpc = 2.90m, ConversionRate = 0.03m, Clicks = 250, Conversions = 4 }],
    };

    [Fact]
    public void TheTestingPartCarriesEveryTestingField()
    {
        var testing = CoffeeShop.ToTestingPlan();

        Assert.Equal(("USD", 0.02m, 4, 2), (testing.Currency, testing.ConversionRate, testing.Months, testing.SalesPerKeyword));
        var keyword = Assert.Single(testing.Keywords!);
        Assert.Equal(("coffee shop", 2.90m, 0.03m), (keyword.Keyword, keyword.Cpc, keyword.ConversionRate));
    }

    [Fact]
    public void EverySettingAPlanDeclaresReachesTheTestingPart()
    {
        var plan = CoffeeShop with
        {
            ClickThroughRate = 0.05m, CpcBasis = Core.Estimates.CpcBasis.High, SkipUnknownKeywords = true,
            EstimateSource = Core.Estimates.EstimateSource.Seed, Language = "languageConstants/1001", GeoTargets = ["2826"],
        };

        var testing = plan.ToTestingPlan();

        foreach (var setting in typeof(Plan).GetProperties().Where(field => field.Name != nameof(Plan.Keywords)))
        {
            // Every setting is given above, so a new one must be too, and then it must arrive.
            Assert.True(setting.GetValue(plan) is not null, $"give {setting.Name} a value in this test");
            Assert.Equal(setting.GetValue(plan), setting.GetValue(testing));
        }
    }

    [Fact]
    public void TheRoiPartCarriesEveryRoiField()
    {
        var roi = CoffeeShop.ToRoiPlan();

        Assert.Equal(("USD", 400m, 80m, 0.02m, 0.2m), (roi.Currency, roi.AverageSale, roi.FulfillmentCost, roi.ConversionRate, roi.TargetMargin));
        Assert.Null(roi.CustomerValue);
        var keyword = Assert.Single(roi.Keywords!);
        Assert.Equal(("coffee shop", 2.90m, 250L, 4L), (keyword.Keyword, keyword.Cpc, keyword.Clicks, keyword.Conversions));
    }

    [Fact]
    public void APlanWithoutRoiFieldsHasNoRoiSettings()
    {
        var testingOnly = CoffeeShop with { AverageSale = null, FulfillmentCost = null, TargetMargin = null, Keywords = [new PlanKeyword { Keyword = "a", Cpc = 1 }] };

        Assert.False(testingOnly.HasRoiSettings());
        Assert.True(testingOnly.With(k => k with { Clicks = 10, Conversions = 0 }).HasRoiSettings());
        Assert.True((testingOnly with { TargetMargin = 0.1m }).HasRoiSettings());
    }

    [Fact]
    public void AValidPlanPasses() => Assert.True(new BudgetPlanValidator().Validate(CoffeeShop).IsValid);

    [Fact]
    public void TestingRulesNameTheFieldOnce()
    {
        var plan = CoffeeShop.With(k => k with { Cpc = -1 });

        var failures = new BudgetPlanValidator().Validate(plan).Errors;

        var failure = Assert.Single(failures);
        Assert.Equal("keywords[0].cpc", failure.PropertyName);
    }

    [Fact]
    public void RoiRulesApplyOnceThePlanMentionsRoi()
    {
        var plan = CoffeeShop with { AverageSale = null, FulfillmentCost = 10m };

        var fields = new BudgetPlanValidator().Validate(plan).Errors.Select(failure => failure.PropertyName);

        Assert.Equal(["customerValue", "fulfillmentCost"], fields.Order());
    }

    [Fact]
    public void ACheckRequestNamesPlanAndBaselineFieldsByTheirPath()
    {
        var request = new BudgetCheckRequest
        {
            Plan = CoffeeShop.With(k => k with { Conversions = 300 }),
            Baseline = new BudgetBaseline { Currency = "EUR", Months = 4, Total = 1, MonthlyBudget = -1, Keywords = [] },
            Tolerance = -0.05m,
            Bounds = new CheckBounds { MaxTotal = 0 },
        };

        var fields = new BudgetCheckRequestValidator().Validate(request).Errors.Select(failure => failure.PropertyName);

        Assert.Equal(["baseline.currency", "baseline.monthlyBudget", "bounds.maxTotal", "plan.keywords[0].conversions", "tolerance"], fields.Order());
    }
}

static class PlanEditing
{
    /// <summary>The plan with its first keyword changed.</summary>
    public static BudgetPlan With(this BudgetPlan plan, Func<PlanKeyword, PlanKeyword> change) =>
        plan with { Keywords = [change(plan.Keywords![0]), .. plan.Keywords.Skip(1)] };
}
