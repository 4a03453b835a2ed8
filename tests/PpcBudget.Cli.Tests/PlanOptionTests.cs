using System.Text.Json;
using System.Text.Json.Nodes;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Tests;

/// <summary>Every setting a JSON plan takes is an option of the same name, read as the service reads it.</summary>
public sealed class PlanOptionTests : IDisposable
{
    readonly PpcBudgetTool _tool = new();

    /// <summary>The fields a JSON plan file takes (not those it ignores), but its keywords: geoTargets → --geo-targets.</summary>
    public static TheoryData<string> Settings => [.. StrictJson.Options.GetTypeInfo(typeof(BudgetPlan)).Properties
        .Where(property => property.Set is not null)
        .Select(property => property.Name)
        .Where(name => name != "keywords")
        .Select(name => "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(name))];

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task EverySettingOfAPlanIsAnOptionOfEachCommand(string option)
    {
        foreach (var command in new[] { "testing", "roi", "check" })
        {
            var help = await _tool.Run(command, "--help");

            Assert.True(help.ExitCode == 0, help.ToString());
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnOptionsHelpIsThePlanFieldsOwnDocumentationWithFieldsNamedAsOptions()
    {
        var help = (await _tool.Run("roi", "--help")).Output;

        // The summaries the service's OpenAPI document shows, from the plan's XML documentation.
        Assert.Matches(@"--months <months>\s+Testing: months the test budget is spread over, 1 to 120\. Default 1\.", help);
        Assert.Contains("Give this, or --average-sale, not both.", help, StringComparison.Ordinal);
        Assert.Matches(@"--conversion-rate <conversion-rate>\s+Fraction of clicks that become a sale.*A fraction \(0\.02\) or a percent \(2%\)\.", help);
        Assert.Contains("--estimate-source <googleAds|seed>", help, StringComparison.Ordinal);
    }

    /// <summary>Every option that takes a value, as the help lists them: check has the plan options and its own.</summary>
    public static TheoryData<string> ValueOptions()
    {
        using var tool = new PpcBudgetTool();
        var help = tool.Run("check", "--help").GetAwaiter().GetResult().Output;
        return [.. System.Text.RegularExpressions.Regex.Matches(help, @"(--[a-z-]+) <").Select(match => match.Groups[1].Value)];
    }

    [Theory]
    [MemberData(nameof(ValueOptions))]
    public async Task AValueAnOptionCannotTakeIsNamedWithTheOptionNeverAsADotNetType(string option)
    {
        string[] baseline = option == "--baseline" ? [] : ["--baseline", "plans/coffee-shop.budget.lock.json"];

        var run = await _tool.Run(["check", "plans/coffee-shop.json", .. baseline, option, "abc,"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.DoesNotContain("System.", run.Errors, StringComparison.Ordinal);
        // A bad format is System.CommandLine's own message, which lists the formats; a baseline is a path, named as one.
        if (option is not ("--format" or "--baseline"))
            Assert.Contains(option + ":", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEstimateSourceIsChosenByItsJsonNameAndTheSeedTableCannotStandInForGoogleAds()
    {
        _tool.Write("keywords.csv", "keyword,cpc\nmortgage broker,\nlatte,1.50\n");

        var seed = await _tool.Run("testing", "keywords.csv", "--estimate-source", "seed", "--format", "json");
        var googleAds = await _tool.Run("testing", "keywords.csv", "--estimate-source", "googleAds");
        var unknown = await _tool.Run("testing", "keywords.csv", "--estimate-source", "bing");

        Assert.True(seed.ExitCode == 0, seed.ToString());
        Assert.Equal("seed", JsonNode.Parse(seed.Output)!["keywords"]![0]!["cpcSource"]!.GetValue<string>());
        // Without a service there is no Google Ads account: refused, not answered from the seed table.
        Assert.True(googleAds.ExitCode == 2, googleAds.ToString());
        Assert.Contains("--estimate-source: is googleAds, but only the embedded seed table is here", googleAds.Errors, StringComparison.Ordinal);
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("'bing' is not one of: googleAds, seed.", unknown.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanFileAskingForGoogleAdsIsRefusedOnlyWhenAnEstimateIsNeeded()
    {
        _tool.Write("plans/estimated.json", """{ "estimateSource": "googleAds", "keywords": [ { "keyword": "mortgage broker" } ] }""");
        _tool.Write("plans/priced.json", """{ "estimateSource": "googleAds", "keywords": [ { "keyword": "mortgage broker", "cpc": 13.76 } ] }""");

        var estimated = await _tool.Run("testing", "plans/estimated.json");
        var priced = await _tool.Run("testing", "plans/priced.json");

        Assert.True(estimated.ExitCode == 2, estimated.ToString());
        Assert.Contains("plans/estimated.json: estimateSource: is googleAds", estimated.Errors, StringComparison.Ordinal);
        Assert.True(priced.ExitCode == 0, priced.ToString());
    }

    [Fact]
    public async Task GeoTargetsAreAListAsInTheQueryAndABadEntryIsBlamedOnTheOption()
    {
        _tool.Write("keywords.csv", "keyword,cpc\nlatte,1.50\n");

        var listed = await _tool.Run("testing", "keywords.csv", "--geo-targets", "2840, 2826", "--geo-targets", "geoTargetConstants/2276", "--language", "languageConstants/1001");
        var tooMany = await _tool.Run("testing", "keywords.csv", "--geo-targets", string.Join(',', Enumerable.Range(2000, 11)));
        var bad = await _tool.Run("testing", "keywords.csv", "--geo-targets", "2840,paris");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.True(tooMany.ExitCode == 2, tooMany.ToString());
        Assert.Contains("--geo-targets: may hold at most 10 locations", tooMany.Errors, StringComparison.Ordinal);
        Assert.True(bad.ExitCode == 2, bad.ToString());
        Assert.Contains("--geo-targets: geoTargets[1]: must be a Google Ads location", bad.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => _tool.Dispose();
}
