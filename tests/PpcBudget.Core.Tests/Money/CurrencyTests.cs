using PpcBudget.Core.Money;

namespace PpcBudget.Core.Tests.Money;

public class CurrencyTests
{
    [Theory]
    [InlineData("USD", 2)]
    [InlineData("eur", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    public void KnowsTheMinorUnit(string code, int minorUnits) =>
        Assert.Equal(minorUnits, Currency.FromCode(code).MinorUnits);

    [Fact]
    public void DefaultsToUsd() => Assert.Equal("USD", Currency.FromCode(null).Code);

    [Fact]
    public void RefusesAnUnknownCode() => Assert.Throws<ArgumentException>(() => Currency.FromCode("XYZ"));

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344", "2.34")]
    [InlineData("290", "290.00")]
    public void RoundsHalfAwayFromZeroToCents(string amount, string expected)
    {
        var rounded = Currency.Default.Round(decimal.Parse(amount, CultureInfo.InvariantCulture));

        Assert.Equal(expected, rounded.ToString(CultureInfo.InvariantCulture));
    }
}
