extern alias ScottPlotLibrary;

using System.Text;
using PpcBudget.Core.Roi.Budget;
using ScottPlotLibrary::ScottPlot;

namespace PpcBudget.Api.Features.Budgets.Roi;

/// <summary>
/// The ROI budget's spend curve as a picture: profit and spend a month against the max CPC bid, the recommended bid
/// marked. Sized for a Google Sheets <c>=IMAGE(url)</c> cell as well as a page.
/// </summary>
public static class SpendCurvePicture
{
    public const int Width = 800;
    public const int Height = 500;

    /// <summary>The picture as an SVG document, UTF-8.</summary>
    public static byte[] Svg(SpendCurve curve, string currencyCode)
    {
        using var plot = Draw(curve, currencyCode);
        return Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height));
    }

    /// <summary>The picture as a PNG image.</summary>
    public static byte[] Png(SpendCurve curve, string currencyCode)
    {
        using var plot = Draw(curve, currencyCode);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    static Plot Draw(SpendCurve curve, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentException.ThrowIfNullOrWhiteSpace(currencyCode);
        var plot = new Plot();
        plot.XLabel($"Max CPC bid ({currencyCode})");
        plot.YLabel($"Per month ({currencyCode})");
        var title = curve.Basis switch
        {
            CurveBasis.GoogleForecast => "Spend curve: Google's forecast",
            CurveBasis.Model => "Spend curve: a model on the top-of-page bids, not a forecast",
            _ => "No spend curve",
        };
        plot.Title(title);

        if (curve.Points.Count == 0)
        {
            // Without axes ScottPlot draws no title either, so the title leads the text.
            var reason = plot.Add.Text($"{title}\n\n{Wrap(curve.Note, 70)}", 0, 0);
            reason.LabelFontSize = 14;
            reason.LabelAlignment = Alignment.MiddleCenter;
            plot.Axes.SetLimits(-1, 1, -1, 1);
            plot.HideAxesAndGrid();
            return plot;
        }

        var bids = curve.Points.Select(point => (double)point.MaxCpc).ToArray();
        var spend = plot.Add.Scatter(bids, curve.Points.Select(point => (double)point.Cost).ToArray());
        spend.LegendText = "Spend";
        spend.Color = Colors.SteelBlue;
        spend.LineWidth = 2;
        var profit = plot.Add.Scatter(bids, curve.Points.Select(point => (double)point.Profit).ToArray());
        profit.LegendText = "Profit";
        profit.Color = Colors.ForestGreen;
        profit.LineWidth = 2;
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Gray;
        zero.LineWidth = 1;

        if (curve.Recommended is { } recommended)
        {
            var bid = plot.Add.VerticalLine((double)recommended.MaxCpc);
            bid.Color = Colors.DarkOrange;
            bid.LinePattern = LinePattern.Dashed;
            bid.LegendText = $"Recommended bid: {recommended.MaxCpc} {currencyCode}";
            var marker = plot.Add.Marker((double)recommended.MaxCpc, (double)recommended.Profit);
            marker.Color = Colors.DarkOrange;
            marker.Size = 12;
            var label = plot.Add.Text($"Profit {recommended.Profit} {currencyCode}", (double)recommended.MaxCpc, (double)recommended.Profit);
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 8;
            label.OffsetY = -8;
        }
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    static string Wrap(string text, int width)
    {
        var lines = new StringBuilder();
        var line = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                lines.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                lines.Append(' ');
                line++;
            }
            lines.Append(word);
            line += word.Length;
        }
        return lines.ToString();
    }
}
