using PpcBudget.Api.Infrastructure.Formats;

namespace PpcBudget.Api.Features.Epc;

public static class EpcTable
{
    public static AnswerTable For(EpcAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new AnswerTable(["currency", "customerValue", "conversionRate", "epc"],
            [[answer.Currency, Cells.Of(answer.CustomerValue), Cells.Of(answer.ConversionRate), Cells.Of(answer.Epc)]]);
    }
}
