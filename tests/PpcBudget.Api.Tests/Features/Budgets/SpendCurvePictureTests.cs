using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;
using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Api.Tests.Features.Budgets;

public class SpendCurvePictureTests
{
    static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A concave forecast whose most profitable bid is 1.50 (EPC 1.00).</summary>
    static SpendCurve Curve()
    {
        var forecast = new GoogleForecast
        {
            Days = 30,
            Points =
            [
                new() { MaxCpc = 0.5m, Clicks = 100, Cost = 40 }, new() { MaxCpc = 1.0m, Clicks = 180, Cost = 96 },
                new() { MaxCpc = 1.5m, Clicks = 240, Cost = 150 }, new() { MaxCpc = 2.0m, Clicks = 280, Cost = 198 },
                new() { MaxCpc = 2.5m, Clicks = 300, Cost = 228 },
            ],
        };
        return RoiBudgetCalculator.Calculate(new RoiBudgetSettings { CustomerValue = 100m },
            [new() { Keyword = "coffee", Cpc = 0.90m, ConversionRate = 0.01m, Epc = 1.00m, Forecast = forecast }]).Curve;
    }

    [Fact]
    public void SvgShowsTheAxesInTheCurrencyAndTheRecommendedBid()
    {
        var curve = Curve();
        Assert.Equal(1.50m, curve.Recommended?.MaxCpc);

        var bytes = SpendCurvePicture.Svg(curve, "USD");

        Assert.InRange(bytes.Length, 1_000, 1_000_000);
        var svg = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("800", svg.Attribute("width")?.Value);
        Assert.Equal("500", svg.Attribute("height")?.Value);
        var text = string.Join('\n', svg.Descendants().Where(element => element.Name.LocalName == "text").Select(element => element.Value));
        Assert.Contains("Max CPC bid (USD)", text, StringComparison.Ordinal);
        Assert.Contains("Per month (USD)", text, StringComparison.Ordinal);
        Assert.Contains("Recommended bid: 1.50 USD", text, StringComparison.Ordinal);
        Assert.Contains("Google's forecast", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PngIsAnImageOfThePictureSize()
    {
        var png = SpendCurvePicture.Png(Curve(), "EUR");

        Assert.Equal(PngSignature, png[..8]);
        // The first chunk is IHDR: its length (4 bytes) and type (4 bytes), then width and height, big-endian.
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(SpendCurvePicture.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(SpendCurvePicture.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.InRange(png.Length, 5_000, 2_000_000);
    }

    [Fact]
    public void WithoutACurveThePictureSaysWhy()
    {
        var none = new SpendCurve { Basis = CurveBasis.None, Note = "No curve: no keyword is profitable with a traffic figure.", Points = [] };

        var svg = Encoding.UTF8.GetString(SpendCurvePicture.Svg(none, "USD"));

        Assert.Contains("No spend curve", svg, StringComparison.Ordinal);
        Assert.Contains("no keyword is profitable", svg, StringComparison.Ordinal);
        Assert.Equal(PngSignature, SpendCurvePicture.Png(none, "USD")[..8]);
    }
}
