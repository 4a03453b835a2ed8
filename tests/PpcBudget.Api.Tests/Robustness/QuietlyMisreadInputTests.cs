using System.Net;
using System.Text;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// What a spreadsheet or a hurried person writes is read as they meant it, or refused by name, never read as something
/// else: 4.0 months is 4 months; a conversion rate of 1 (100 %) is answered with a warning that shows how to write 1 %.
/// The refusals (amounts finer than a micro, empty parameters) are in the bad-input battery.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class QuietlyMisreadInputTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task MonthsWrittenAsADecimalAreTakenAsWholeMonths()
    {
        var answer = await (await _client.PostJson(TestingBudgetEndpoint.Route,
            """{ "months": 4.0, "salesPerKeyword": 2.00, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""")).ReadOkJson();

        Assert.Equal(4, answer["months"]!.GetValue<int>());
        Assert.Equal(580.00m, answer["total"].Money());
    }

    public static TheoryData<string, string, string?, string?> RatesOfOne => new()
    {
        // how, where, a JSON body or a CSV body (null: a GET)
        { "JSON plan rate", TestingBudgetEndpoint.Route, """{ "conversionRate": 1, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""", null },
        { "JSON keyword rate", TestingBudgetEndpoint.Route, """{ "keywords": [ { "keyword": "coffee shop", "cpc": 2.90, "conversionRate": 1.0 } ] }""", null },
        { "JSON ROI plan rate", RoiBudgetEndpoint.Route, """{ "customerValue": 320, "conversionRate": 1, "keywords": [ { "keyword": "coffee shop", "cpc": 2.90 } ] }""", null },
        { "GET testing", $"{TestingBudgetEndpoint.Route}?keywords=coffee%20shop&cpcs=2.90&conversionRate=1", null, null },
        { "GET testing 100%", $"{TestingBudgetEndpoint.Route}?keywords=coffee%20shop&cpcs=2.90&conversionRate=100%25", null, null },
        { "GET ROI", $"{RoiBudgetEndpoint.Route}?customerValue=320&keywords=coffee%20shop&cpcs=2.90&conversionRate=1", null, null },
        { "CSV plan rate", $"{TestingBudgetEndpoint.Route}?conversionRate=1", null, "keyword,cpc\ncoffee shop,2.90\n" },
        { "CSV keyword rate", TestingBudgetEndpoint.Route, null, "keyword,cpc,conversionRate\ncoffee shop,2.90,1\n" },
    };

    [Theory]
    [MemberData(nameof(RatesOfOne))]
    public async Task AConversionRateOfOneIsAnsweredWithAWarningShowingHowToWriteOnePercent(string how, string target, string? json, string? csv)
    {
        using var response = json is not null ? await _client.PostJson(target, json)
            : csv is not null ? await _client.PostAsync(target, new StringContent(csv, Encoding.UTF8, "text/csv"))
            : await _client.GetAsync(target);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{how}: {(int)response.StatusCode} {body}");
        Assert.Contains("write 0.01 or 1%", body, StringComparison.Ordinal);
    }
}
