using System.Net;
using System.Text.Json.Nodes;
using PpcBudget.Api.Features.Budgets.Check;

namespace PpcBudget.Api.Tests.Features.Budgets;

[Collection(SharedApi.Name)]
public class BudgetCheckTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    const string Baseline = """
        { "currency": "USD", "months": 4, "total": 475.00, "monthlyBudget": 118.75,
          "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "testCost": 290.00, "verdict": "profitable" },
                        { "keyword": "espresso bar", "cpc": 1.85, "testCost": 185.00, "verdict": "profitable" } ] }
        """;

    // A $300 customer at 1 % earns $3.00 a click.
    static string Plan(decimal coffeeShopCpc) => $$"""
        { "months": 4, "customerValue": 300,
          "keywords": [ { "keyword": "coffee shop", "cpc": {{coffeeShopCpc.ToString(CultureInfo.InvariantCulture)}} },
                        { "keyword": "espresso bar", "cpc": 1.85 } ] }
        """;

    async Task<JsonNode> Check(string plan, string extra = "") =>
        await (await _client.PostJson(BudgetCheckEndpoint.Route, $$"""{ "plan": {{plan}}, "baseline": {{Baseline}} {{extra}} }""")).ReadOkJson();

    [Fact]
    public async Task APlanPassesAgainstItsOwnResults()
    {
        var report = await Check(Plan(2.90m));

        Assert.True(report["passed"]!.GetValue<bool>());
        Assert.Empty(report["regressions"]!.AsArray());
        Assert.Equal(475.00m, report["total"]!["after"].Money());
    }

    [Fact]
    public async Task ARaisedCpcBeyondTheToleranceFailsWithTheDiff()
    {
        var report = await Check(Plan(3.50m), """, "tolerance": 0.05, "bounds": { "maxMonthly": 5000 }""");

        Assert.False(report["passed"]!.GetValue<bool>());
        var coffeeShop = report["keywords"]![0]!;
        Assert.Equal((290.00m, 350.00m, 60.00m, 0.2069m),
            (coffeeShop["testCost"]!["before"].Money(), coffeeShop["testCost"]!["after"].Money(),
             coffeeShop["testCost"]!["change"].Money(), coffeeShop["testCost"]!["relativeChange"].Money()));
        Assert.Equal(["tolerance-exceeded", "tolerance-exceeded", "turned-unprofitable"],
            report["regressions"]!.AsArray().Select(regression => regression!["kind"]!.GetValue<string>()));
        report.MatchSnapshot();
    }

    [Fact]
    public async Task ACheckedPlanMustCarryItsCpcs()
    {
        var errors = await (await _client.PostJson(BudgetCheckEndpoint.Route, $$"""
            { "plan": { "keywords": [ { "keyword": "coffee shop" } ] }, "baseline": {{Baseline}} }
            """)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["plan.keywords[0].cpc"], message => message.Contains("estimates move", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AKeywordThatTurnsUnprofitableFailsEvenWithinTolerance()
    {
        var report = await Check(Plan(3.05m), """, "tolerance": 0.5""");

        var regression = Assert.Single(report["regressions"]!.AsArray());
        Assert.Equal(("turned-unprofitable", "coffee shop"), (regression!["kind"]!.GetValue<string>(), regression["keyword"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AMonthlyBoundFailsWhateverTheBaseline()
    {
        var report = await Check(Plan(2.90m), """, "bounds": { "maxMonthly": 100 }""");

        Assert.Equal("max-monthly-exceeded", Assert.Single(report["regressions"]!.AsArray())!["kind"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> BadChecks => new()
    {
        // body, field named, words the message must contain
        { """{ "baseline": { "currency": "USD", "months": 1, "total": 1, "monthlyBudget": 1, "keywords": [] } }""", "plan", "required" },
        { $$"""{ "plan": {{Plan(2.90m)}} }""", "baseline", "required" },
        { $$"""{ "plan": {{Plan(-1m)}}, "baseline": {{Baseline}} }""", "plan.keywords[0].cpc", "from 0" },
        { $$"""{ "plan": { "customerValue": 100, "averageSale": 150, "keywords": [ { "keyword": "a", "cpc": 1 } ] }, "baseline": {{Baseline}} }""", "plan.customerValue", "not both" },
        { $$"""{ "plan": { "currency": "EUR", "keywords": [ { "keyword": "a", "cpc": 1 } ] }, "baseline": {{Baseline}} }""", "baseline.currency", "cannot be compared" },
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": { "currency": "USD", "months": 4, "keywords": [] } }""", "baseline.total", "required" },
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": {{Baseline}}, "tolerance": -0.1 }""", "tolerance", "5 % is 0.05" },
        // "5%" is a tolerance (as --tolerance 5% is); text that is not one is refused in the tool's words.
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": {{Baseline}}, "tolerance": "5 percent" }""", "tolerance", "'5 percent' is not a tolerance" },
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": {{Baseline}}, "tolerance": true }""", "tolerance", "must be a rate" },
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": {{Baseline}}, "bounds": { "maxMonthly": 0 } }""", "bounds.maxMonthly", "greater than 0" },
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": {{Baseline}}, "bounds": { "maxDaily": 10 } }""", "bounds.maxDaily", "not a field" },
        { $$"""{ "plan": { "keywords": [ { "keyword": "a", "cpc": 1, "bid": 2 } ] }, "baseline": {{Baseline}} }""", "plan.keywords[0].bid", "not a field" },
        { $$"""{ "plan": {{Plan(2.90m)}}, "baseline": {{Baseline.Replace("\"profitable\"", "\"fine\"", StringComparison.Ordinal)}} }""", "baseline.keywords[0].verdict", "one of: profitable, break-even, unprofitable" },
    };

    [Theory]
    [MemberData(nameof(BadChecks))]
    public async Task BadCheckIsAProblemNamingTheField(string body, string field, string hint)
    {
        var errors = await (await _client.PostJson(BudgetCheckEndpoint.Route, body)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors should name '{field}' but name: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], message => message.Contains(hint, StringComparison.OrdinalIgnoreCase));
    }
}
