using PpcBudget.Core.Checks;

namespace PpcBudget.Core.Tests.Checks;

public class ToleranceTests
{
    [Theory]
    [InlineData("5%", "0.05")]
    [InlineData("5 %", "0.05")]
    [InlineData("12.5%", "0.125")]
    [InlineData("0.05", "0.05")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("250%", "2.5")]
    public void ReadsAPercentageOrAFraction(string text, string expected)
    {
        Assert.True(Tolerance.TryParse(text, out var tolerance, out var error), error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), tolerance);
    }

    [Theory]
    [InlineData("5", "ambiguous")]
    [InlineData("five", "not a tolerance")]
    [InlineData("", "not a tolerance")]
    [InlineData("-5%", "out of range")]
    [InlineData("20000%", "out of range")]
    [InlineData("5%%", "not a tolerance")]
    public void RefusesWhatItCannotReadUnambiguously(string text, string reason)
    {
        Assert.False(Tolerance.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
