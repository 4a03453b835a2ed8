using System.Buffers;
using System.Text;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Tests.Tables;

/// <summary>The streamed rows write numbers and names straight into UTF-8; each must read as the string forms do.</summary>
public class Utf8TableRowTests
{
    public static TheoryData<decimal> Edges => new()
    {
        0m, 0.00m, 1m, -1m, 2.90m, 62.5m, 0.001m, -0.05m, 100.000000m, 1e-28m, -1e-28m, decimal.MaxValue, decimal.MinValue,
        new decimal(0, 0, 0, isNegative: true, scale: 2), new decimal(0, 0, 0, isNegative: true, scale: 0),
        new decimal(-1, -1, 0, isNegative: false, scale: 0), new decimal(-1, -1, 0, isNegative: true, scale: 28),
        new decimal(0, 0, 1, isNegative: false, scale: 3), new decimal(123, 0, 0, isNegative: false, scale: 28),
    };

    [Theory]
    [MemberData(nameof(Edges), DisableDiscoveryEnumeration = true)] // 0, 0.00 and -0 would share one test ID and be skipped
    public void ADecimalReadsAsItsInvariantText(decimal value) => Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Written(value));

    [Fact]
    public void AnyDecimalReadsAsItsInvariantText()
    {
        var random = new Random(7);
        for (var i = 0; i < 100_000; i++)
        {
            // Small and large integers, every scale, both signs, a third of them within 64 bits.
            var value = new decimal(random.Next(), random.Next(3) == 0 ? 0 : random.Next(), random.Next(3) == 0 ? random.Next() : 0,
                random.Next(2) == 0, (byte)random.Next(29));
            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Written(value));
        }
    }

    [Fact]
    public void AnEnumCellIsItsJsonName()
    {
        Assert.Equal("googleAds", Cells.Of(CpcSource.GoogleAds));
        Assert.Equal("request", Cells.Of((CpcSource?)CpcSource.Request));
        Assert.Null(Cells.Of((CpcSource?)null));
    }

    static string Written(decimal value)
    {
        var bytes = new ArrayBufferWriter<byte>();
        new Utf8TableRow(bytes, TableDelimiter.Comma).Number(value);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }
}
