using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Tests.Imports;

public class PlanFileTests
{
    [Fact]
    public void ReadsThePlanCsvColumnsByName()
    {
        var reading = Fixtures.Read("plan.csv");

        Assert.Equal(KeywordFileFormat.Plan, reading.Format);
        Assert.Null(reading.Currency);
        Assert.Null(reading.DateRange);
        Assert.Equal(
            [("coffee shop", 2.90m, 0.02m, 550000L, (long?)null, (decimal?)null), ("espresso machine", 1.15m, 0.03m, 12000L, 40L, 1m)],
            reading.Keywords.Take(2).Select(k => (k.Keyword, k.Cpc!.Value, k.ConversionRate!.Value, k.MonthlySearches!.Value, k.Clicks, k.Conversions)));
        Assert.Equal("beans, whole", reading.Keywords[2].Keyword);
    }

    [Fact]
    public void AKeywordWithoutACpcIsKeptWithANullCpcForTheEstimatesToFill()
    {
        var keyword = Fixtures.Read("plan.csv").Keyword("cold brew");

        Assert.Null(keyword.Cpc);
        Assert.NotNull(keyword.NoCpcReason);
    }

    [Fact]
    public void ColumnsMayComeInAnyOrderAndAnyCase()
    {
        var reading = Fixtures.ReadText("CPC,Keyword\n2.90,coffee shop\n");

        Assert.Equal(KeywordFileFormat.Plan, reading.Format);
        Assert.Equal(("coffee shop", 2.90m), (reading.Keywords[0].Keyword, reading.Keywords[0].Cpc!.Value));
    }

    [Fact]
    public void ARateAboveOneWithoutAPercentSignIsAProblem()
    {
        var problem = Assert.Single(Fixtures.Refused("keyword,cpc,conversionRate\ncoffee,1.00,3\n").Problems);

        Assert.Equal((2, "conversionRate"), (problem.Line, problem.Column));
    }

    [Fact]
    public void KeywordTextIsKeptExactlyAsSentFormulasIncluded()
    {
        var reading = Fixtures.ReadText("keyword,cpc\n\"=HYPERLINK(\"\"x\"\")\",1.00\n  Coffee  Shop ,2.00\n");

        Assert.Equal(["=HYPERLINK(\"x\")", "  Coffee  Shop "], reading.Keywords.Select(k => k.Keyword));
    }
}
