using System.Net;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;

namespace PpcBudget.Api.Tests.Features.Spreadsheets;

/// <summary>The GET forms a spreadsheet cell can call: the same answers as the POST bodies.</summary>
[Collection(SharedApi.Name)]
public class QueryFormTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    const string Testing = TestingBudgetEndpoint.Route;
    const string Roi = RoiBudgetEndpoint.Route;

    [Fact]
    public async Task TestingGetAnswersAsThePostDoes()
    {
        var got = await (await _client.GetAsync($"{Testing}?keywords=coffee shop,mortgage broker&cpcs=2.90,13.76&conversionRate=1%25&months=4")).ReadOkJson();
        var posted = await (await _client.PostJson(Testing,
            """{ "conversionRate": 0.01, "months": 4, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }"""))
            .ReadOkJson();

        Assert.Equal(posted.ToJsonString(), got.ToJsonString());
        Assert.Equal(416.50m, got["monthlyBudget"].Money());
    }

    [Fact]
    public async Task RoiGetAnswersAsThePostDoes()
    {
        var got = await (await _client.GetAsync(
            $"{Roi}?customerValue=100&conversionRate=1%25&targetMargin=20%25&keywords=coffee shop,mortgage broker&cpcs=0.80,13.76&clicks=400,&conversions=6,"))
            .ReadOkJson();
        var posted = await (await _client.PostJson(Roi, """
            { "customerValue": 100, "conversionRate": 0.01, "targetMargin": 0.2,
              "keywords": [ { "keyword": "coffee shop", "cpc": 0.80, "clicks": 400, "conversions": 6 }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }
            """)).ReadOkJson();

        Assert.Equal(posted.ToJsonString(), got.ToJsonString());
    }

    /// <summary>
    /// The query form is the plan itself: every field a JSON body takes is a parameter of the same name (each keyword
    /// field a list), so a field the POST accepts is never a 400 in the GET. Fails when the two drift apart.
    /// </summary>
    [Fact]
    public async Task EveryFieldOfTheJsonPlanIsAParameter()
    {
        var got = await (await _client.GetAsync($"{Testing}?keywords=coffee shop,mortgage broker&cpcs=2.90,13.76&conversionRates=2%25,&monthlySearches=1000,"
                                                + "&months=4&salesPerKeyword=2&currency=usd&conversionRate=1%25&clickThroughRate=5%25&cpcBasis=HIGH&skipUnknownKeywords=true"
                                                + "&estimateSource=seed&language=languageConstants/1000&geoTargets=geoTargetConstants/2840")).ReadOkJson();
        var posted = await (await _client.PostJson(Testing, """
            { "months": 4, "salesPerKeyword": 2, "currency": "usd", "conversionRate": 0.01, "clickThroughRate": 0.05, "cpcBasis": "high",
              "skipUnknownKeywords": true, "estimateSource": "seed", "language": "languageConstants/1000", "geoTargets": ["geoTargetConstants/2840"],
              "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "conversionRate": 0.02, "monthlySearches": 1000 }, { "keyword": "mortgage broker", "cpc": 13.76 } ] }
            """)).ReadOkJson();

        Assert.Equal(posted.ToJsonString(), got.ToJsonString());
        Assert.Equal(145.00m, got["keywords"]![0]!["costPerSale"].Money());
    }

    [Fact]
    public async Task AnUnknownParameterIsRefusedNamingEveryParameterOfThePlan()
    {
        var response = await _client.GetAsync($"{Roi}?customerValue=100&keywords=a&cpcs=1&conversionrat=2%25");

        var errors = await response.ReadProblem(HttpStatusCode.BadRequest);
        var message = Assert.Single(errors["conversionrat"]);
        foreach (var parameter in (string[])["customerValue", "targetMargin", "clickThroughRate", "geoTargets", "keywords", "cpcs", "clicks", "conversions", "conversionRates"])
            Assert.Contains(parameter, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeywordFieldThePhaseDoesNotUseIsNamedInAWarning()
    {
        var answer = await (await _client.GetAsync($"{Testing}?keywords=a&cpcs=3&clicks=40&conversions=1")).ReadOkJson();

        Assert.Contains(answer["warnings"]!.AsArray(), warning => warning!.GetValue<string>() == "This answer does not use the clicks and conversions fields of the keywords.");
    }

    [Fact]
    public async Task CpcsLeftOutUseTheEstimates()
    {
        var answer = await (await _client.GetAsync($"{Testing}?keywords=coffee shop,mortgage broker&cpcs=,13.76")).ReadOkJson();

        Assert.Equal(("seed", "request"), (answer["keywords"]![0]!["cpcSource"]!.GetValue<string>(), answer["keywords"]![1]!["cpcSource"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("0.02")]
    [InlineData("2%25")]
    [InlineData("2 %25")]
    public async Task RatesTakeAFractionOrAPercent(string rate)
    {
        var answer = await (await _client.GetAsync($"{Testing}?keywords=a&cpcs=3&conversionRate={rate}")).ReadOkJson();

        Assert.Equal(150.00m, answer["keywords"]![0]!["costPerSale"].Money());
    }

    [Fact]
    public async Task BareRateAboveOneIsRefusedWithTheFractionSuggested()
    {
        var errors = await (await _client.GetAsync($"{Testing}?keywords=a&cpcs=3&conversionRate=5")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["conversionRate"], message => message.Contains("0.05", StringComparison.Ordinal) && message.Contains("5%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParallelListsOfDifferentLengthsNameBothCounts()
    {
        var errors = await (await _client.GetAsync($"{Testing}?keywords=a,b,c&cpcs=1,2")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["cpcs"], message => message.Contains("2 values", StringComparison.Ordinal) && message.Contains("keywords has 3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?keywords=a&cpcs=x", "cpcs[0]", "not a number")]
    [InlineData("?keywords=a,b&cpcs=1,-2", "cpcs[1]", "from 0")]
    [InlineData("?keywords=a&cpcs=1&months=0", "months", "1 to 120")]
    [InlineData("?keywords=a&cpcs=1&months=two", "months", "whole number")]
    [InlineData("?cpcs=1", "keywords", "required")]
    [InlineData("?keywords=a&cpcs=1&cpcBasis=median", "cpcBasis", "average, low, high")]
    [InlineData("?keywords=a&cpcs=1&conversionrat=0.02", "conversionrat", "not a parameter")]
    public async Task BadQueryIsAProblemNamingTheParameter(string query, string field, string hint)
    {
        var errors = await (await _client.GetAsync(Testing + query)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], message => message.Contains(hint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoiQueryNamesTheListEntry()
    {
        var errors = await (await _client.GetAsync($"{Roi}?customerValue=100&keywords=a,b&cpcs=1,1&clicks=10,10&conversions=1,11"))
            .ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["conversions[1]"], message => message.Contains("cannot exceed clicks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwentyKeywordsFitInAnExcelUrl()
    {
        // Excel's WEBSERVICE takes URLs of at most 2,048 characters; the README says so and points larger plans at CSV bodies.
        var keywords = string.Join(",", Enumerable.Range(1, 20).Select(i => $"coffee shop keyword {i}"));
        var cpcs = string.Join(",", Enumerable.Range(1, 20).Select(i => $"{i}.25"));
        var url = $"http://localhost:5080{Testing}?keywords={Uri.EscapeDataString(keywords)}&cpcs={cpcs}&conversionRate=1%25&months=4&format=text&field=monthlyBudget";

        Assert.True(url.Length <= 2048, $"{url.Length} characters");
        var response = await _client.GetAsync(url[url.IndexOf("/v1", StringComparison.Ordinal)..]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5375.00m, decimal.Parse(await response.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture)); // (210 + 20 × 0.25) × 100 ÷ 4
    }
}
