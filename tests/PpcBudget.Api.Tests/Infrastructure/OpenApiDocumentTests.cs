using System.Text.Json.Nodes;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>The OpenAPI document is the contract front ends generate clients from: a change to it must show as a diff.</summary>
[Collection(SharedApi.Name)]
public class OpenApiDocumentTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    async Task<JsonNode> Document() => await (await _client.GetAsync("/swagger/v1/swagger.json")).ReadOkJson();

    [Fact]
    public async Task MatchesTheCommittedContract() => (await Document()).MatchSnapshot();

    [Fact]
    public async Task EveryOperationHasASummaryAndAProblemAnswerFor400()
    {
        var operations = (await Document())["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Name: $"{operation.Key} {path.Key}", Operation: operation.Value!)))
            .Where(operation => operation.Name.StartsWith("get /v1", StringComparison.Ordinal) || operation.Name.StartsWith("post /v1", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.Operation["summary"]?.GetValue<string>()), $"{operation.Name} has no summary");
            Assert.NotNull(operation.Operation["responses"]?["400"]?["content"]?["application/problem+json"]);
        });
    }

    [Fact]
    public async Task GetOperationsTakeQueryParametersNotABody()
    {
        var epc = (await Document())["paths"]!["/v1/epc"]!["get"]!;

        Assert.Null(epc["requestBody"]);
        var parameters = epc["parameters"]!.AsArray().Select(parameter => (parameter!["name"]!.GetValue<string>(), parameter["in"]!.GetValue<string>()));
        Assert.Equal([("customerValue", "query"), ("conversionRate", "query"), ("currency", "query"), ("format", "query"), ("field", "query")], parameters);
    }

    [Theory]
    [InlineData("TestingPlan")]
    [InlineData("TestingBudget")]
    [InlineData("RoiPlan")]
    [InlineData("RoiReport")]
    public async Task SchemasAreDescribedWithExamples(string schemaName)
    {
        var schema = (await Document())["components"]!["schemas"]![schemaName]!;

        Assert.False(string.IsNullOrWhiteSpace(schema["description"]?.GetValue<string>()), $"{schemaName} has no description");
        Assert.Contains(schema["properties"]!.AsObject(), property => property.Value!["example"] is not null);
    }
}
