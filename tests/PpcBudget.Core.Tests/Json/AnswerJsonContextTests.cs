using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Json;

/// <summary>The generated answer serializers write what the strict options' contract writes, byte for byte, and straight.</summary>
public class AnswerJsonContextTests
{
    // Every optional part of the answers present: searches, observed clicks, a target margin, a losing keyword, warnings.
    static readonly BudgetPlan Plan = new()
    {
        Months = 3,
        CustomerValue = 100m,
        TargetMargin = 0.2m,
        ClickThroughRate = 0.05m,
        Keywords =
        [
            new PlanKeyword { Keyword = "coffee shop", Cpc = 0.80m, MonthlySearches = 12000 },
            new PlanKeyword { Keyword = "café ‘latte’ × 2", Cpc = 1.50m, MonthlySearches = 900, Clicks = 400, Conversions = 9 },
            new PlanKeyword { Keyword = "espresso bar", Cpc = 0.35m, Clicks = 80, Conversions = 0 },
            new PlanKeyword { Keyword = "coffee shop", Cpc = 0.70m },
        ],
    };

    static TestingBudget Testing() => TestingBudgetCalculator.Calculate(Plan.ToTestingPlan());

    static RoiReport Roi() => RoiCalculator.Calculate(Plan.ToRoiPlan());

    static BudgetCheckReport Check() => BudgetCheck.Run(new BudgetCheckRequest
    {
        Plan = Plan with { Keywords = [.. Plan.Keywords!.Skip(1), new PlanKeyword { Keyword = "cold brew", Cpc = 2m }] },
        Baseline = BudgetBaseline.From(Testing(), Roi()),
        Tolerance = 0.01m,
        Bounds = new CheckBounds { MaxMonthly = 10m },
    });

    public static TheoryData<string> Answers => ["testing", "roi", "check"];

    static object Answer(string name) => name switch
    {
        "testing" => Testing(),
        "roi" => Roi(),
        _ => Check(),
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void AnAnswerIsWrittenAsTheStrictOptionsWriteIt(string name)
    {
        var answer = Answer(name);

        var generated = Write(answer, AnswerJsonContext.Default.GetTypeInfo(answer.GetType())!);

        Assert.Equal(Write(answer, StrictJson.Options.GetTypeInfo(answer.GetType())), generated);
        Assert.Contains("café ‘latte’ × 2", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAnswersUsedHaveEveryOptionalPart()
    {
        Assert.NotNull(Roi().Budget);
        Assert.NotEmpty(Testing().Warnings);
        Assert.NotEmpty(Check().Regressions);
    }

    [Fact]
    public void EachAnswerHasAGeneratedWriter()
    {
        Assert.NotNull(AnswerJsonContext.Default.TestingBudget.SerializeHandler);
        Assert.NotNull(AnswerJsonContext.Default.RoiReport.SerializeHandler);
        Assert.NotNull(AnswerJsonContext.Default.BudgetCheckReport.SerializeHandler);
    }

    static string Write(object answer, JsonTypeInfo contract)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = StrictJson.Options.Encoder }))
            JsonSerializer.Serialize(writer, answer, contract);
        return Encoding.UTF8.GetString(body.WrittenSpan);
    }
}
