using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PpcBudget.Api.Tests;

/// <summary>The whole service in memory, in the Testing environment, shared by every API test.</summary>
public sealed class PpcBudgetApi : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Testing");
}

[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<PpcBudgetApi>
{
    public const string Name = "api";
}
