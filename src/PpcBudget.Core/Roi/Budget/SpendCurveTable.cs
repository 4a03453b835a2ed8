using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Roi.Budget;

/// <summary>The spend curve as spreadsheet rows (<c>table=curve</c>): a row a bid, the recommended one marked.</summary>
public static class SpendCurveTable
{
    public const string Name = "curve";

    public static readonly IReadOnlyList<string> Header = ["maxCpc", "clicks", "cost", "conversions", "profit", "marginalCpc", "recommended", "basis"];

    /// <param name="curve">The curve; null (a streamed CSV plan has no budget) gives the header alone.</param>
    public static Table For(SpendCurve? curve) => new(Header, curve is null ? [] : curve.Points.Select(point => (IReadOnlyList<string?>)
    [
        Cells.Of(point.MaxCpc), Cells.Of(point.Clicks), Cells.Of(point.Cost), Cells.Of(point.Conversions), Cells.Of(point.Profit),
        Cells.Of(point.MarginalCpc), curve.Recommended?.MaxCpc == point.MaxCpc ? "yes" : null, Cells.Of(curve.Basis),
    ]));
}
