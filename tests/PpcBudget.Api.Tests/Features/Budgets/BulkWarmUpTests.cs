using System.Text;
using PpcBudget.Api.Features.Budgets.Testing;

namespace PpcBudget.Api.Tests.Features.Budgets;

/// <summary>The start-up run of the bulk path: it must finish before the service is ready, and leave nothing behind.</summary>
public sealed class BulkWarmUpTests
{
    [Fact]
    public async Task ReadyOnlyAfterTheBulkPathHasRun()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?> { ["Performance:WarmUpRows"] = "2000" });
        var client = api.CreateClient();

        var ready = await (await client.GetAsync("/readyz")).ReadOkJson();

        Assert.Equal("Healthy", ready["checks"]!["warmUp"]!["status"]!.GetValue<string>());
        Assert.Contains("done: 2,000 rows", ready["checks"]!["warmUp"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        // The made-up plans left no state behind: a real plan answers as on a cold service.
        using var plan = new StringContent("keyword,cpc\ncoffee shop,2.90\n", Encoding.UTF8, "text/csv");
        var answer = await (await client.PostAsync($"{TestingBudgetEndpoint.Route}?months=2", plan)).ReadOkJson();
        Assert.Equal(290.00m, answer["total"].Money());
    }

    [Fact]
    public async Task TurnedOffItSaysSo()
    {
        await using var api = new PpcBudgetApi();

        var ready = await (await api.CreateClient().GetAsync("/readyz")).ReadOkJson();

        Assert.Contains("off", ready["checks"]!["warmUp"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
