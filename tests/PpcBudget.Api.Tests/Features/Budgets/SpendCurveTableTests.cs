using System.Net;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Api.Tests.Features.Budgets;

/// <summary>The spend curve as spreadsheet rows: <c>table=curve</c> with csv, tsv or text.</summary>
[Collection(SharedApi.Name)]
public class SpendCurveTableTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    const string Modelled = "customerValue=1000&keywords=coffee shop,mortgage broker";

    [Fact]
    public async Task TheCurveComesAsARowABidWithTheRecommendedOneMarked()
    {
        var response = await _client.GetAsync($"{RoiBudgetEndpoint.Route}?{Modelled}&format=csv&table=curve");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var json = await (await _client.GetAsync($"{RoiBudgetEndpoint.Route}?{Modelled}")).ReadOkJson();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Join(",", SpendCurveTable.Header), lines[0]);
        Assert.Equal(json["budget"]!["curve"]!["points"]!.AsArray().Count, lines.Length - 1);
        Assert.Single(lines, line => line.EndsWith(",yes,model", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RoiBudgetEndpoint.Route + "?" + Modelled + "&format=csv&table=nope", "the tables are: curve")]
    [InlineData(RoiBudgetEndpoint.Route + "?" + Modelled + "&format=json&table=curve", "format=csv, tsv or text")]
    [InlineData(TestingBudgetEndpoint.Route + "?keywords=coffee shop&cpcs=2.90&format=csv&table=curve", "one table")]
    public async Task AnotherTableIsAProblemNamingTheChoices(string url, string hint)
    {
        var errors = await (await _client.GetAsync(url)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(hint, errors["table"][0], StringComparison.Ordinal);
    }
}
