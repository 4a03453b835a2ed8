using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Benchmarks.Baseline;
using PpcBudget.Benchmarks.Plans;

namespace PpcBudget.Benchmarks.Pipeline;

/// <summary>
/// One <c>POST /v1/budgets/testing</c> with the load script's 10-keyword plan, in process (a test server: no socket,
/// no HTTP parsing), through the product and through the minimal-API baseline. What the product spends beyond the
/// baseline here is its own pipeline, measured without the noise of a shared machine's network stack.
/// </summary>
[MemoryDiagnoser]
public class TestingEndpointBenchmarks
{
    byte[] _plan = [];
    WebApplicationFactory<Program> _product = null!;
    WebApplication _baseline = null!;
    HttpClient _productClient = null!;
    HttpClient _baselineClient = null!;

    [GlobalSetup]
    public async Task StartBoth()
    {
        _plan = await File.ReadAllBytesAsync(LoadPlan.Path);
        // Both as deployed (Production), neither writing logs, so that only the request pipelines differ.
        _product = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            // One test client is one caller: the per-client rate limit would answer most of the run 429 (as with wrk).
            .UseSetting("Limits:RequestsPerClientPerSecond", "0")
            .ConfigureLogging(logging => logging.ClearProviders()));
        // The server's own client: the factory's CreateClient adds redirect and cookie handlers the baseline would not pay for.
        _productClient = _product.Server.CreateClient();
        _baseline = MinimalApiBaseline.Create([], builder =>
        {
            builder.Environment.EnvironmentName = "Production";
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await _baseline.StartAsync();
        _baselineClient = _baseline.GetTestClient();
    }

    [GlobalCleanup]
    public async Task StopBoth()
    {
        _productClient.Dispose();
        _baselineClient.Dispose();
        await _product.DisposeAsync();
        await _baseline.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<int> MinimalApi() => PostAsync(_baselineClient);

    [Benchmark]
    public Task<int> Product() => PostAsync(_productClient);

    async Task<int> PostAsync(HttpClient client)
    {
        using var content = new ByteArrayContent(_plan);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(TestingBudgetEndpoint.Route, content);
        var answer = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? answer.Length : throw new InvalidOperationException($"{response.StatusCode}");
    }
}
