using PpcBudget.Api.Features.Budgets.Roi;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;
using PpcBudget.Api.Features.Estimates;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>Which answers have a spreadsheet shape, and what it is.</summary>
public static class AnswerTables
{
    static readonly Type[] WithShape = [typeof(TestingBudget), typeof(RoiReport), typeof(CpcEstimatesAnswer), typeof(EpcAnswer)];

    public static bool HasShape(Type answerType) => WithShape.Contains(answerType);

    public static AnswerTable? For(object answer) => answer switch
    {
        TestingBudget budget => TestingBudgetTable.For(budget),
        RoiReport report => RoiReportTable.For(report),
        CpcEstimatesAnswer estimates => CpcEstimatesTable.For(estimates),
        EpcAnswer epc => EpcTable.For(epc),
        _ => null,
    };
}
