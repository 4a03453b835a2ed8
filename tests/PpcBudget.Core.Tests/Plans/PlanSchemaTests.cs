using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;

namespace PpcBudget.Core.Tests.Plans;

/// <summary>The published plan schema is hand-written for people; these tests keep it describing the real plan type.</summary>
public class PlanSchemaTests
{
    static readonly JsonNode Published = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plan.schema.json")))!;

    static readonly JsonNode Generated = StrictJson.Options.GetJsonSchemaAsNode(typeof(BudgetPlan));

    static JsonObject PublishedKeyword => Published["$defs"]!["keyword"]!["properties"]!.AsObject();

    static JsonObject GeneratedKeyword => Generated["properties"]!["keywords"]!["items"]!["properties"]!.AsObject();

    [Fact]
    public void ThePlanHasExactlyTheFieldsOfBudgetPlan() =>
        Assert.Equal(Names(Generated["properties"]!.AsObject()), Names(Published["properties"]!.AsObject()));

    [Fact]
    public void AKeywordHasExactlyTheFieldsOfPlanKeyword() =>
        Assert.Equal(Names(GeneratedKeyword), Names(PublishedKeyword));

    [Fact]
    public void UnknownFieldsAreRefusedAsTheStrictReaderRefusesThem()
    {
        Assert.False(Published["additionalProperties"]!.GetValue<bool>());
        Assert.False(Published["$defs"]!["keyword"]!["additionalProperties"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("coffee-shop.json")]
    [InlineData("mortgage-broker.json")]
    public void EverySamplePlanIsReadStrictlyAndIsValid(string file)
    {
        var plan = JsonSerializer.Deserialize<BudgetPlan>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", file)), StrictJson.Options)!;

        var result = new BudgetPlanValidator().Validate(plan);

        Assert.True(result.IsValid, result.ToString());
        Assert.True(plan.HasRoiSettings(), "the sample plans double as examples of a full plan");
    }

    static List<string> Names(JsonObject properties) => [.. properties.Select(property => property.Key).Order(StringComparer.Ordinal)];
}
