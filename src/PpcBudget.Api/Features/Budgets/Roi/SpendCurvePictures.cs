using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Roi.Budget;

namespace PpcBudget.Api.Features.Budgets.Roi;

/// <summary>The ROI answer as a picture: its spend curve, profit and spend against the bid.</summary>
public sealed class SpendCurvePictures : IAnswerPicture
{
    static readonly SpendCurve NoCurve = new()
    {
        Basis = CurveBasis.None,
        Note = "No ROI budget: a CSV plan streams its lines, so it has no spend curve; send the plan as JSON or in the query.",
        Points = [],
    };

    public Type AnswerType => typeof(RoiReport);

    public byte[] Draw(object answer, AnswerFormat format)
    {
        var report = (RoiReport)answer;
        var curve = report.Budget?.Curve ?? NoCurve;
        return format == AnswerFormat.Png ? SpendCurvePicture.Png(curve, report.Currency) : SpendCurvePicture.Svg(curve, report.Currency);
    }
}
