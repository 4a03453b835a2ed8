using Microsoft.AspNetCore.Hosting;

namespace PpcBudget.Cli.Tests;

/// <summary>A PpcBudget service that wants an API key, on a free local port.</summary>
public sealed class KeyedService : RunningService
{
    public const string Key = "ci-budget-guard-7c1e";

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Auth:ApiKeys:0", Key);
}

/// <summary>A CI job reaches a service with keys through PPCBUDGET_API_KEY, and the key is never printed.</summary>
public sealed class ServerKeyTests(KeyedService service) : IClassFixture<KeyedService>, IDisposable
{
    readonly PpcBudgetTool _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public async Task TheKeyComesFromTheEnvironment()
    {
        var local = await _tool.Run("check", "plans/coffee-shop.json", "--baseline", "plans/coffee-shop.budget.lock.json");
        _tool.Environment["PPCBUDGET_API_KEY"] = KeyedService.Key;
        var remote = await _tool.Run("check", "plans/coffee-shop.json", "--baseline", "plans/coffee-shop.budget.lock.json", "--server", service.Url);

        Assert.True(remote.ExitCode == 0, remote.ToString());
        Assert.Equal(local, remote);
    }

    [Theory]
    [InlineData(null, "set the environment variable PPCBUDGET_API_KEY")]
    [InlineData("made-up-key-31f9", "the one in PPCBUDGET_API_KEY is not one of its keys")]
    public async Task WithoutAKnownKeyItSaysWhereTheKeyGoesAndNeverPrintsOne(string? key, string expected)
    {
        if (key is not null)
            _tool.Environment["PPCBUDGET_API_KEY"] = key;

        var run = await _tool.Run("testing", "plans/coffee-shop.json", "--server", service.Url);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyedService.Key, run.ToString(), StringComparison.Ordinal);
        if (key is not null)
            Assert.DoesNotContain(key, run.ToString(), StringComparison.Ordinal);
    }
}
