using System.Text.Json;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Json;

/// <summary>A document that cannot be read names the field, in the document's terms, and what it takes: read from the path and the type, in any wording.</summary>
public class JsonErrorTranslatorTests
{
    static (string Field, string Message) Translate<T>(string json)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<T>(json, StrictJson.Options));
        var failure = JsonErrorTranslator.Translate(exception, typeof(T), StrictJson.Options, "/swagger");
        return (failure.PropertyName, failure.ErrorMessage);
    }

    [Fact]
    public void AnUnknownFieldIsNamedWithTheFieldsThatAreThere()
    {
        var (field, message) = Translate<TestingPlan>("""{ "keywords": [ { "keyword": "a", "cpcc": 1 } ] }""");

        Assert.Equal("keywords[0].cpcc", field);
        Assert.Equal("is not a field here; the fields there are: keyword, cpc, conversionRate, monthlySearches, clicks, conversions.", message);
    }

    [Theory]
    [InlineData("reportTraffic")]
    [InlineData("forecasts")]
    public void WhatTheServiceFillsInItselfIsNoFieldOfThePlan(string name)
    {
        var (field, message) = Translate<Core.Roi.RoiPlan>($$"""{ "customerValue": 100, "{{name}}": { "coffee shop": { "clicks": 99999, "days": 1 } } }""");

        Assert.Equal(name, field);
        Assert.StartsWith("is not a field here; the fields there are: customerValue, averageSale, fulfillmentCost, targetMargin, currency,", message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("reportTraffic", message, StringComparison.Ordinal);
        Assert.DoesNotContain("forecasts", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "keywords": [ { "keyword": "a", "cpc": "2.90" } ] }""", "keywords[0].cpc", "must be a number such as 2.90")]
    [InlineData("""{ "months": 4.5 }""", "months", "must be a whole number such as 4")]
    [InlineData("""{ "months": 4, "Months": 5 }""", "months", "Give each field once.")]
    [InlineData("""{ "cpcBasis": "middle" }""", "cpcBasis", "must be one of: average, low, high.")]
    [InlineData("""{ "skipUnknownKeywords": "yes" }""", "skipUnknownKeywords", "must be true or false")]
    [InlineData("""{ "keywords": { } }""", "keywords", "must be a list in square brackets.")]
    [InlineData("""{ "keywords": [ 3 ] }""", "keywords[0]", "must be an object in curly braces")]
    public void AValueNamesItsFieldAndWhatItTakes(string json, string expectedField, string expectedMessage)
    {
        var (field, message) = Translate<TestingPlan>(json);

        Assert.Equal(expectedField, field);
        Assert.Contains(expectedMessage, message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "keywords": [ { "keyword": "a", "conversionRate": "abc" } ] }""", "keywords[0].conversionRate",
        "'abc' is not a rate; write a fraction such as 0.01 or a percent such as 1%.")]
    [InlineData("""{ "conversionRate": "5" }""", "conversionRate", "'5' is above 1, so ambiguous: rates are fractions; for 5 % write 0.05 or 5%.")]
    [InlineData("""{ "clickThroughRate": true }""", "clickThroughRate",
        "must be a rate: a fraction such as 0.01, or a percent in quotes such as \"1%\". Give each field once.")]
    public void ARateTakesTheWordsEveryEntryPointUses(string json, string expectedField, string expectedMessage)
    {
        var (field, message) = Translate<TestingPlan>(json);

        Assert.Equal((expectedField, expectedMessage), (field, message));
    }

    [Fact]
    public void ARateIsAFractionOrAPercentInAJsonPlanAsInAQuery()
    {
        var plan = JsonSerializer.Deserialize<BudgetPlan>(
            """{ "conversionRate": "2%", "clickThroughRate": 0.03, "targetMargin": " 20 %", "keywords": [ { "keyword": "a", "conversionRate": "0.5%" } ] }""",
            StrictJson.Options)!;

        Assert.Equal((0.02m, 0.03m, 0.2m, 0.005m), (plan.ConversionRate, plan.ClickThroughRate, plan.TargetMargin, plan.Keywords![0].ConversionRate));
        // Written back as the fraction it is.
        Assert.Contains("\"conversionRate\":0.02", JsonSerializer.Serialize(plan, StrictJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void ACheckRequestsToleranceIsReadAsTheToolsOptionIs()
    {
        var request = JsonSerializer.Deserialize<Core.Checks.BudgetCheckRequest>("""{ "tolerance": "150%" }""", StrictJson.Options)!;
        var (field, message) = Translate<Core.Checks.BudgetCheckRequest>("""{ "tolerance": "a little" }""");

        Assert.Equal(1.5m, request.Tolerance);
        Assert.Equal(("tolerance", "'a little' is not a tolerance; write a fraction such as 0.01 or a percent such as 1%."), (field, message));
        Assert.False(Core.Checks.Tolerance.TryParse("a little", out _, out var optionMessage));
        Assert.Equal(optionMessage, message);
    }

    [Fact]
    public void ANestedPlanIsWalkedThrough()
    {
        var (field, message) = Translate<Core.Checks.BudgetCheckRequest>("""{ "plan": { "keywords": [ { "keyword": "a", "clicks": 1.5 } ] } }""");

        Assert.Equal("plan.keywords[0].clicks", field);
        Assert.StartsWith("must be a whole number such as 400", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("""{ "months": """, "is not valid JSON (line 1")]
    public void AnUnreadableDocumentIsTheBody(string json, string expected)
    {
        var (field, message) = Translate<BudgetPlan>(json);

        Assert.Equal(JsonErrorTranslator.BodyField, field);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }
}
