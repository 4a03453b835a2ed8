using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PpcBudget.Api.Features.Budgets.Check;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Api.Infrastructure.Limits;
using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// The largest body each limit allows, built to fail everywhere, is answered with a short list of failures and how many
/// more there were: the work stops at the cap, the answer stays small, and the memory comes back. Alone in its
/// collection, so that the allocations it counts are its own.
/// </summary>
[Collection(BoundedErrorAnswersTests.Alone)]
public sealed class BoundedErrorAnswersTests(ITestOutputHelper output)
{
    public const string Alone = "measures the whole process";

    /// <summary>A problem answer listing a hundred failures is a few kilobytes; one listing every failure was 58 MB.</summary>
    const int MaxAnswerBytes = 64 * 1024;

    /// <summary>Generous for parsing the body once; a run that builds a message per failure allocated gigabytes.</summary>
    const long MaxAllocatedBytes = 600L * 1024 * 1024;

    /// <summary>What may stay allocated after a full collection once the answers are read (caches, JIT, the test host).</summary>
    const long MaxRetainedBytes = 48L * 1024 * 1024;

    /// <summary>Reading the body once; a reader that copied the record for every bad cell took minutes.</summary>
    static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(20);

    static readonly long JsonLimit = new LimitsOptions().MaxJsonBodyBytes;

    /// <summary>A JSON body just under the JSON limit: <paramref name="prefix"/>, then <paramref name="item"/> repeated, then <paramref name="suffix"/>.</summary>
    static string JsonFilledWith(string prefix, string item, string suffix)
    {
        var body = new StringBuilder(prefix).Append(item);
        while (body.Length + item.Length + 1 + suffix.Length < JsonLimit)
            body.Append(',').Append(item);
        return body.Append(suffix).ToString();
    }

    /// <summary>A CSV header of a million columns this endpoint does not read, and one row.</summary>
    static string CsvWithAMillionColumns()
    {
        var body = new StringBuilder("keyword");
        for (var i = 0; i < 1_000_000; i++)
            body.Append(",c").Append(i.ToString(CultureInfo.InvariantCulture));
        return body.Append("\ncoffee shop\n").ToString();
    }

    public static TheoryData<string> Bodies => new()
    {
        "testing: JSON keywords that are empty objects",
        "testing: JSON keywords that are null",
        "roi: JSON keywords that are empty objects",
        "check: JSON plan and baseline keywords that are empty objects",
        "estimates: JSON keywords that are empty strings",
        "testing: CSV header of a million unknown columns",
        "testing: CSV header of a million stray quotes",
    };

    static StringContent Body(string name) => name switch
    {
        "testing: JSON keywords that are empty objects" => Json(JsonFilledWith("""{"keywords":[""", "{}", "]}")),
        "testing: JSON keywords that are null" => Json(JsonFilledWith("""{"keywords":[""", "null", "]}")),
        "roi: JSON keywords that are empty objects" => Json(JsonFilledWith("""{"customerValue":1,"keywords":[""", "{}", "]}")),
        "check: JSON plan and baseline keywords that are empty objects" => Json(JsonFilledWith(
            """{"baseline":{"currency":"USD","months":1,"total":1,"monthlyBudget":1,"keywords":[""", "{}",
            """]},"plan":{"customerValue":1,"keywords":[{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}]}}""")),
        "estimates: JSON keywords that are empty strings" => Json(JsonFilledWith("""{"keywords":[""", "\"\"", "]}")),
        "testing: CSV header of a million unknown columns" => Csv(CsvWithAMillionColumns()),
        "testing: CSV header of a million stray quotes" => Csv("keyword," + string.Concat(Enumerable.Repeat("a\"b,", 1_000_000)) + "\ncoffee shop,1\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    static string RouteOf(string name) => name.Split(':')[0] switch
    {
        "testing" => TestingBudgetEndpoint.Route,
        "roi" => RoiBudgetEndpoint.Route,
        "check" => BudgetCheckEndpoint.Route,
        _ => PostCpcEstimatesEndpoint.Route,
    };

    static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    static StringContent Csv(string body) => new(body, Encoding.UTF8, "text/csv");

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task ABodyThatFailsEverywhereGetsAShortAnswerAndGivesItsMemoryBack(string name)
    {
        await using var api = new PpcBudgetApi();
        var client = api.CreateClient();
        // Warm the path with a small failure, so that what it keeps for good (JIT, caches) is not counted below.
        (await client.PostAsync(RouteOf(name), Json("""{"keywords":[{}]}"""))).Dispose();
        var content = Body(name);
        var sent = (await content.ReadAsByteArrayAsync()).LongLength;
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        string answer;
        using (var response = await client.PostAsync(RouteOf(name), content))
        {
            answer = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {answer[..Math.Min(answer.Length, 500)]}");
        }
        content.Dispose();
        var took = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;

        var problem = JsonNode.Parse(answer)!;
        var errors = problem["errors"]!.AsObject();
        output.WriteLine($"{name}: sent {sent:N0} bytes; answer {answer.Length:N0} characters, {errors.Count} fields, "
                         + $"unlistedErrors {problem["unlistedErrors"]}; {took.TotalSeconds:0.0} s; allocated {allocated / 1024 / 1024:N0} MB, retained {retained / 1024 / 1024:N0} MB.");
        Assert.True(took < MaxTime, $"The answer took {took.TotalSeconds:0.0} s.");
        Assert.True(answer.Length < MaxAnswerBytes, $"The answer is {answer.Length:N0} characters long.");
        Assert.InRange(errors.Count, 1, 102);
        Assert.True(allocated < MaxAllocatedBytes, $"The request allocated {allocated / 1024 / 1024:N0} MB.");
        Assert.True(retained < MaxRetainedBytes, $"{retained / 1024 / 1024:N0} MB stayed allocated after the answer.");
        Assert.Contains(answer.Contains("unlistedErrors", StringComparison.Ordinal) ? "more failures" : "stopped", answer, StringComparison.Ordinal);
    }
}

[CollectionDefinition(BoundedErrorAnswersTests.Alone, DisableParallelization = true)]
public sealed class MeasuresTheWholeProcess;
