using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Features.Epc;

[Collection(SharedApi.Name)]
public class EpcTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task HundredDollarsAtOnePercentEarnsOneDollarPerClick()
    {
        var answer = await (await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=100&conversionRate=0.01")).ReadOkJson();

        Assert.Equal(1.00m, answer["epc"].Money());
        Assert.Equal(100m, answer["customerValue"].Money());
        Assert.Equal(0.01m, answer["conversionRate"].Money());
    }

    [Fact]
    public async Task ConversionRateDefaultsToOnePercent()
    {
        var answer = await (await _client.GetAsync($"{EpcEndpoint.Route}?customerValue=250")).ReadOkJson();

        Assert.Equal(2.50m, answer["epc"].Money());
    }

    [Fact]
    public async Task HealthzAnswers()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
