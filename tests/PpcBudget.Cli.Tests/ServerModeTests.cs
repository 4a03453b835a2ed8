using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PpcBudget.Cli.Tests;

/// <summary>The PpcBudget service on a free local port, for the tool to reach with --server.</summary>
public class RunningService : WebApplicationFactory<Program>
{
    public RunningService()
    {
        UseKestrel(0);
        StartServer();
    }

    public string Url => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        Configure(builder.UseEnvironment("Testing").UseSetting("Performance:WarmUpRows", "0"));

    /// <summary>What a kind of service adds to the settings, such as API keys.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }
}

/// <summary>With --server the service does the work, and the tool prints exactly what it prints on its own.</summary>
public sealed class ServerModeTests(RunningService service) : IClassFixture<RunningService>, IDisposable
{
    readonly PpcBudgetTool _tool = new();

    async Task AnswersTheSameLocallyAndThroughTheServer(params string[] args)
    {
        var local = await _tool.Run(args);
        var remote = await _tool.Run([.. args, "--server", service.Url]);

        Assert.Equal(local, remote);
    }

    [Fact]
    public Task Testing() => AnswersTheSameLocallyAndThroughTheServer("testing", "plans/mortgage-broker.json", "--format", "markdown");

    [Fact]
    public Task Roi() => AnswersTheSameLocallyAndThroughTheServer("roi", "plans/coffee-shop.json");

    /// <summary>
    /// A download goes to the service as the file it is, so a report's observed traffic reaches the ROI budget (the
    /// tool used to send it as a JSON plan, which has no place for it) and a planner's bids price its keywords there too.
    /// </summary>
    [Theory]
    [InlineData("roi", "downloads/Search keyword report.csv", "--customer-value", "320")]
    [InlineData("roi", "downloads/Keyword Stats 2026-06-16 at 09_02_44.csv", "--average-sale", "200", "--cpc-basis", "high")]
    [InlineData("testing", "downloads/Keyword Stats 2026-06-15 at 21_38_13.csv", "--months", "4")]
    [InlineData("testing", "downloads/Search terms report.csv", "--sales-per-keyword", "2")]
    public Task ADownload(params string[] args) => AnswersTheSameLocallyAndThroughTheServer([.. args, "--format", "json"]);

    [Fact]
    public Task ACheckThatPasses() =>
        AnswersTheSameLocallyAndThroughTheServer("check", "plans/coffee-shop.json", "--baseline", "plans/coffee-shop.budget.lock.json");

    [Fact]
    public async Task ACheckThatFails()
    {
        _tool.Edit("plans/coffee-shop.json", "\"cpc\": 2.90", "\"cpc\": 3.50");

        await AnswersTheSameLocallyAndThroughTheServer("check", "plans/coffee-shop.json", "--baseline", "plans/coffee-shop.budget.lock.json",
            "--tolerance", "5%", "--max-total", "600", "--format", "json");
    }

    [Fact]
    public async Task BadInputNamesTheSameFileAndFields()
    {
        _tool.Edit("plans/coffee-shop.json", "\"cpc\": 1.85", "\"cpc\": -1.85");
        _tool.Edit("plans/coffee-shop.json", "\"fulfillmentCost\": 80", "\"fulfillmentCost\": 800");

        await AnswersTheSameLocallyAndThroughTheServer("check", "plans/coffee-shop.json", "--baseline", "plans/coffee-shop.budget.lock.json",
            "--max-monthly", "-1");
    }

    [Fact]
    public async Task UpdateWritesTheSameBaseline()
    {
        await _tool.Run("check", "plans/mortgage-broker.json", "--baseline", "local.lock.json", "--update");
        var remote = await _tool.Run("check", "plans/mortgage-broker.json", "--baseline", "remote.lock.json", "--update", "--server", service.Url);

        Assert.True(remote.ExitCode == 0, remote.ToString());
        Assert.Equal(_tool.Read("local.lock.json"), _tool.Read("remote.lock.json"));
    }

    [Fact]
    public async Task AServerThatCannotBeReachedIsExit2()
    {
        var run = await _tool.Run("testing", "plans/coffee-shop.json", "--server", "http://127.0.0.1:9");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--server: could not reach http://127.0.0.1:9/", run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => _tool.Dispose();
}
