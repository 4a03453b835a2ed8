using FsCheck;
using FsCheck.Xunit;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Testing;

/// <summary>
/// The bulk path and the plan validators skip the full rules for lines the fast check calls plainly valid: that check
/// must never be looser.
/// </summary>
public class KeywordValidatorProperties
{
    static readonly TestingKeywordValidator TestingRules = new();
    static readonly RoiKeywordValidator RoiRules = new();

    static decimal? Near(decimal? value, int scale) => value is null ? null : value / (decimal)Math.Pow(10, scale % 8);

    [Property(MaxTest = 2000)]
    public bool PlainlyValidTestingKeywordsPassEveryRule(string? text, decimal? cpc, decimal? rate, long? searches, byte scale)
    {
        var keyword = new TestingKeyword { Keyword = text, Cpc = Near(cpc, scale), ConversionRate = Near(rate, scale + 2), MonthlySearches = searches };
        return !TestingKeywordValidator.IsPlainlyValid(keyword) || TestingRules.Validate(keyword).IsValid;
    }

    [Property(MaxTest = 2000)]
    public bool PlainlyValidRoiKeywordsPassEveryRule(string? text, decimal? cpc, long? clicks, long? conversions)
    {
        var keyword = new RoiKeyword { Keyword = text, Cpc = cpc, Clicks = clicks, Conversions = conversions };
        return !RoiKeywordValidator.IsPlainlyValid(keyword) || RoiRules.Validate(keyword).IsValid;
    }

    [Fact]
    public void ATypicalRowIsPlainlyValid() =>
        Assert.True(TestingKeywordValidator.IsPlainlyValid(new TestingKeyword { Keyword = "coffee shop", Cpc = 2.90m, ConversionRate = 0.02m }));
}
