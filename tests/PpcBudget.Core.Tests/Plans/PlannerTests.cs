using FluentValidation;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Plans;

/// <summary>One keyword shape for both phases: what a phase does not use is said, never silently dropped; failures are named as JSON names them.</summary>
public class PlannerTests
{
    static readonly Planner Planner = new(new MissingCpcs(new SeedEstimates(SeedEstimateTable.Embedded)));

    [Fact]
    public async Task TheTestingPhaseSaysItDoesNotUseObservedTraffic()
    {
        var calculated = await Planner.TestingAsync(new TestingPlan { Keywords = [new() { Keyword = "a", Cpc = 1m, Clicks = 40, Conversions = 1 }] }, default);

        Assert.Contains("This answer does not use the clicks and conversions fields of the keywords.", calculated.Answer!.Warnings);
    }

    [Fact]
    public async Task TheRoiPhaseSaysItDoesNotUseAKeywordsOwnRate()
    {
        var calculated = await Planner.RoiAsync(new RoiPlan { CustomerValue = 100m, Keywords = [new() { Keyword = "a", Cpc = 1m, ConversionRate = 0.02m }] }, default);

        Assert.Contains("This answer does not use the conversionRate field of the keywords.", calculated.Answer!.Warnings);
    }

    [Fact]
    public async Task AKeywordWithOnlyTheFieldsAPhaseUsesHasNoSuchWarning()
    {
        var calculated = await Planner.TestingAsync(new TestingPlan { Keywords = [new() { Keyword = "a", Cpc = 1m, ConversionRate = 0.02m }] }, default);

        Assert.DoesNotContain(calculated.Answer!.Warnings, warning => warning.Contains("does not use", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailuresAreNamedAsJsonNamesThemWithoutGlobalSettings()
    {
        Assert.Null(ValidatorOptions.Global.PropertyNameResolver.Invoke(typeof(object), null, null));
        var calculated = await Planner.RoiAsync(new RoiPlan { CustomerValue = 100m, Keywords = [new() { Keyword = "a", Cpc = -1m, Clicks = 1, Conversions = 2 }] }, default);

        Assert.Equal(["keywords[0].cpc", "keywords[0].conversions"], calculated.Failures.Select(failure => failure.PropertyName));
    }
}
