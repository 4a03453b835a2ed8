using PpcBudget.Core.Tables;

namespace PpcBudget.Api.Features.Epc;

public static class EpcTable
{
    public static Table For(EpcAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new Table(["currency", "customerValue", "conversionRate", "epc"],
            [[answer.Currency, Cells.Of(answer.CustomerValue), Cells.Of(answer.ConversionRate), Cells.Of(answer.Epc)]]);
    }
}
