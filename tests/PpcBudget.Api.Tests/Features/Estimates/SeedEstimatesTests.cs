using System.Net;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Estimates;

namespace PpcBudget.Api.Tests.Features.Estimates;

/// <summary>With no Google Ads account configured, estimates come from the seed table shipped with the service.</summary>
[Collection(SharedApi.Name)]
public class SeedEstimatesTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task GetAnswersFromTheSeedTableAndListsWhatNoSourceKnows()
    {
        var answer = await (await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop,Mortgage Broker,no such keyword")).ReadOkJson();

        answer.MatchSnapshot();
    }

    [Fact]
    public async Task PostAnswersTheSameAsGet()
    {
        var posted = await (await _client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "coffee shop", "mortgage broker" } })).ReadOkJson();
        var got = await (await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop,mortgage broker")).ReadOkJson();

        Assert.Equal(got.ToJsonString(), posted.ToJsonString());
    }

    /// <summary>The GET reads the POST's request from the query as every GET reads its request: the same rules, the same names.</summary>
    [Fact]
    public async Task GetTakesEveryFieldOfThePostListsRepeatedOrCommaSeparated()
    {
        var posted = await (await _client.PostJson(PostCpcEstimatesEndpoint.Route,
            """{ "keywords": ["coffee shop", "mortgage broker"], "language": "languageConstants/1000", "geoTargets": ["2840", "2826"], "estimateSource": "seed" }""")).ReadOkJson();
        var repeated = await (await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop&keywords=mortgage broker"
                                                      + "&language=languageConstants/1000&geoTargets=2840&geoTargets=2826&estimateSource=seed")).ReadOkJson();
        var commas = await (await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop, mortgage broker"
                                                    + "&language=languageConstants/1000&geoTargets=2840,2826&estimateSource=SEED")).ReadOkJson();

        Assert.Equal(posted.ToJsonString(), repeated.ToJsonString());
        Assert.Equal(posted.ToJsonString(), commas.ToJsonString());
    }

    [Theory]
    [InlineData("keywords=coffee shop,,latte", "keywords[1]", "is required")]
    [InlineData("keywords=coffee shop&geoTargets=2840,,2826", "geoTargets[1]", "Google Ads location")]
    [InlineData("keywords=coffee shop&estimateSource=bing", "estimateSource", "'bing' is not one of: googleAds, seed.")]
    public async Task AnEmptyEntryOrAnUnknownChoiceIsAProblemNotDropped(string query, string field, string hint)
    {
        var errors = await (await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?{query}")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[field], message => message.Contains(hint, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExplicitGoogleAdsWithoutAnAccountIs503()
    {
        var response = await _client.GetAsync($"{PostCpcEstimatesEndpoint.Route}?keywords=coffee shop&estimateSource=googleAds");

        await response.ReadProblem(HttpStatusCode.ServiceUnavailable);
    }

    [Theory]
    [InlineData("average", 2.90, 290.00)]
    [InlineData("low", 1.10, 110.00)]
    [InlineData("high", 4.60, 460.00)]
    public async Task CpcBasisPicksTheEstimate(string basis, double cpc, double costPerSale)
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            $$"""{ "cpcBasis": "{{basis}}", "keywords": [ { "keyword": "coffee shop" } ] }""")).ReadOkJson();

        var line = answer["keywords"]![0]!;
        Assert.Equal(((decimal)cpc, (decimal)costPerSale, "seed"), (line["cpc"].Money(), line["costPerSale"].Money(), line["cpcSource"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AverageBasisFallsBackToTheMidpointOfTheBids()
    {
        // The seed table has no average CPC for this one: (0.95 + 3.80) / 2.
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "keywords": [ { "keyword": "coffee shop near me" } ] }""")).ReadOkJson();

        Assert.Equal(2.375m, answer["keywords"]![0]!["cpc"].Money());
    }

    [Fact]
    public async Task UnknownKeywordWithoutCpcIsAProblemNamingIt()
    {
        var errors = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "keywords": [ { "keyword": "coffee shop" }, { "keyword": "quantum espresso" } ] }""")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["keywords[1].cpc"], message => message.Contains("quantum espresso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SkippedUnknownKeywordsAreListedNotDropped()
    {
        var answer = await (await _client.PostJson(RoiBudgetEndpoint.Route,
            """{ "customerValue": 100, "skipUnknownKeywords": true, "keywords": [ { "keyword": "coffee shop" }, { "keyword": "quantum espresso" } ] }"""))
            .ReadOkJson();

        Assert.Equal(["quantum espresso"], answer["skippedKeywords"]!.AsArray().Select(keyword => keyword!.GetValue<string>()));
        Assert.Contains(answer["warnings"]!.AsArray(), warning => warning!.GetValue<string>().Contains("quantum espresso", StringComparison.Ordinal));
        Assert.Single(answer["keywords"]!.AsArray());
    }

    [Fact]
    public async Task MonthsNeededComesFromMonthlySearchesAndWarnsWhenShort()
    {
        // latte art class (seed): 2,900 searches a month × 1 % CTR = 29 clicks a month; 100 clicks take 3.45 months.
        // The second keyword brings its own searches: 10,000 × 2 % CTR = 200 clicks a month; 100 clicks take half a month.
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route, """
            { "months": 2, "keywords": [ { "keyword": "latte art class" },
                                         { "keyword": "barista course", "cpc": 1.20, "monthlySearches": 10000 } ] }
            """)).ReadOkJson();
        var withCtr = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "clickThroughRate": 0.02, "keywords": [ { "keyword": "barista course", "cpc": 1.20, "monthlySearches": 10000 } ] }""")).ReadOkJson();

        Assert.Equal(3.45m, answer["keywords"]![0]!["monthsNeeded"].Money());
        Assert.Equal(1.00m, answer["keywords"]![1]!["monthsNeeded"].Money());
        Assert.Equal(0.50m, withCtr["keywords"]![0]!["monthsNeeded"].Money());
        Assert.Contains(answer["warnings"]!.AsArray(), warning => warning!.GetValue<string>().Contains("3.45 months", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EstimateInAnotherCurrencyIsNotUsed()
    {
        var errors = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "currency": "EUR", "keywords": [ { "keyword": "coffee shop" } ] }""")).ReadProblem(HttpStatusCode.BadRequest);

        Assert.Contains(errors["keywords[0].cpc"], message => message.Contains("EUR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "keywords": [] }""", "keywords")]
    [InlineData("""{ "keywords": ["a"], "language": "english" }""", "language")]
    [InlineData("""{ "keywords": ["a"], "geoTargets": ["usa"] }""", "geoTargets[0]")]
    [InlineData("""{ "keywords": ["a"], "estimateSource": "bing" }""", "estimateSource")]
    public async Task BadEstimateRequestIsAProblemNamingTheField(string body, string field)
    {
        var errors = await (await _client.PostJson(PostCpcEstimatesEndpoint.Route, body)).ReadProblem(HttpStatusCode.BadRequest);

        Assert.True(errors.ContainsKey(field), $"errors name {string.Join(", ", errors.Keys)}");
    }
}
