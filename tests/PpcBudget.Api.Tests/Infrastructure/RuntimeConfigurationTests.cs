using System.Text.Json.Nodes;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>The runtime settings the README's performance figures depend on, as the service's build writes them.</summary>
public class RuntimeConfigurationTests
{
    [Fact]
    public void ServiceRunsOnServerGcWithoutDatas()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "PpcBudget.Api.runtimeconfig.json");
        var settings = JsonNode.Parse(File.ReadAllText(file))!["runtimeOptions"]!["configProperties"]!;

        Assert.True(settings["System.GC.Server"]!.GetValue<bool>());
        // DATAS (the adaptive GC, on by default) cost ~12 % of small-request throughput here: see the API's project file.
        Assert.Equal(0, settings["System.GC.DynamicAdaptationMode"]!.GetValue<int>());
    }
}
