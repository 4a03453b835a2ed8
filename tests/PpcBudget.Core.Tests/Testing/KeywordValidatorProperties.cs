using PpcBudget.Core.Plans;
using FsCheck;
using FsCheck.Xunit;

namespace PpcBudget.Core.Tests.Testing;

/// <summary>
/// The bulk path and the plan validators skip the full rules for lines the fast check calls plainly valid: that check
/// must never be looser.
/// </summary>
public class KeywordValidatorProperties
{
    static decimal? Near(decimal? value, int scale) => value is null ? null : value / (decimal)Math.Pow(10, scale % 8);

    [Property(MaxTest = 4000)]
    public bool PlainlyValidKeywordsPassEveryRule(string? text, decimal? cpc, decimal? rate, long? searches, long? clicks, long? conversions, byte scale)
    {
        var keyword = new PlanKeyword
        {
            Keyword = text, Cpc = Near(cpc, scale), ConversionRate = Near(rate, scale + 2), MonthlySearches = searches, Clicks = clicks, Conversions = conversions,
        };
        return !PlanKeywordValidator.IsPlainlyValid(keyword) || PlanKeywordValidator.Instance.Validate(keyword).IsValid;
    }

    [Fact]
    public void ATypicalRowIsPlainlyValid() =>
        Assert.True(PlanKeywordValidator.IsPlainlyValid(new PlanKeyword { Keyword = "coffee shop", Cpc = 2.90m, ConversionRate = 0.02m }));
}
