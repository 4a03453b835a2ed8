using PpcBudget.Core.Roi;

namespace PpcBudget.Core.Tests.Roi;

public class WilsonIntervalTests
{
    [Theory]
    // Reference values from the closed form with z = 1.959964.
    [InlineData(0, 10, "0", "0.277533")]
    [InlineData(5, 10, "0.236593", "0.763407")]
    [InlineData(10, 10, "0.722467", "1")]
    public void MatchesTheClosedForm(long conversions, long clicks, string lower, string upper)
    {
        var interval = WilsonInterval.For(conversions, clicks);

        Assert.Equal(decimal.Parse(lower, CultureInfo.InvariantCulture), interval.Lower);
        Assert.Equal(decimal.Parse(upper, CultureInfo.InvariantCulture), interval.Upper);
        Assert.Equal(0.95m, interval.ConfidenceLevel);
    }

    [Fact]
    public void NarrowsAsClicksGrow()
    {
        var small = WilsonInterval.For(1, 100);
        var large = WilsonInterval.For(100, 10_000);

        Assert.True(large.Upper - large.Lower < small.Upper - small.Lower);
    }

    [Fact]
    public void RefusesZeroClicks() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.For(0, 0));
}
