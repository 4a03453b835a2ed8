using System.Net;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.Tests.Fakes;

namespace PpcBudget.Api.Tests.Infrastructure;

public sealed class HealthTests
{
    [Fact]
    public async Task ReadyWithTheSeedTableWhenNoAccountIsConfigured()
    {
        await using var api = new PpcBudgetApi();

        var ready = await (await api.CreateClient().GetAsync("/readyz")).ReadOkJson();

        Assert.Equal("Healthy", ready["status"]!.GetValue<string>());
        Assert.Equal("seed", ready["checks"]!["estimates"]!["data"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task StillReadyButDegradedWhileTheGoogleAdsCircuitIsOpen()
    {
        await using var google = await FakeGoogleAds.StartAsync();
        await using var api = PpcBudgetApi.AgainstGoogleAds(google);
        var client = api.CreateClient();
        for (var i = 0; i < 20; i++)
            google.ScriptedReplies.Enqueue(FakeGoogleAds.Status(500));
        var closed = await (await client.GetAsync("/readyz")).ReadOkJson();

        await (await client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "coffee shop" } })).ReadOkJson();
        var open = await (await client.GetAsync("/readyz")).ReadOkJson();

        Assert.Equal(("Healthy", "Closed"), (closed["status"]!.GetValue<string>(), closed["checks"]!["estimates"]!["data"]!["circuit"]!.GetValue<string>()));
        Assert.Equal(("Degraded", "Open"), (open["status"]!.GetValue<string>(), open["checks"]!["estimates"]!["data"]!["circuit"]!.GetValue<string>()));
    }

    [Fact]
    public async Task StillReadyButDegradedUntilTheTimeGoogleAdsQuotaStopsCalls()
    {
        await using var google = await FakeGoogleAds.StartAsync();
        await using var api = PpcBudgetApi.AgainstGoogleAds(google);
        var client = api.CreateClient();
        google.ScriptedReplies.Enqueue(FakeGoogleAds.Quota("RESOURCE_EXHAUSTED", "40591s"));
        var expected = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(40591);

        await (await client.PostAsJson(PostCpcEstimatesEndpoint.Route, new { keywords = new[] { "coffee shop" } })).ReadOkJson();
        var ready = await (await client.GetAsync("/readyz")).ReadOkJson();

        var estimates = ready["checks"]!["estimates"]!;
        Assert.Equal(("Degraded", "Degraded"), (ready["status"]!.GetValue<string>(), estimates["status"]!.GetValue<string>()));
        var until = estimates["data"]!["quotaStoppedUntil"]!.GetValue<string>();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", until);
        var stoppedUntil = DateTimeOffset.Parse(until, CultureInfo.InvariantCulture);
        Assert.InRange(stoppedUntil, expected - TimeSpan.FromSeconds(5), expected + TimeSpan.FromSeconds(30));
        Assert.Contains(until, estimates["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthzAnswersWhateverTheEstimates()
    {
        await using var api = new PpcBudgetApi();

        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/healthz")).StatusCode);
    }
}
