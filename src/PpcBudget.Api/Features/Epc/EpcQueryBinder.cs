using FastEndpoints;
using PpcBudget.Api.Infrastructure.QueryForms;

namespace PpcBudget.Api.Features.Epc;

/// <summary>Reads the EPC query as a spreadsheet writes it: the conversion rate as 0.01 or 1%.</summary>
public sealed class EpcQueryBinder : IRequestBinder<EpcQuery>
{
    public ValueTask<EpcQuery> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var form = new QueryForm(ctx.HttpContext.Request.Query);
        var query = new EpcQuery
        {
            CustomerValue = form.Number("customerValue"),
            ConversionRate = form.Rate("conversionRate"),
            Currency = form.Text("currency"),
        };
        ctx.ValidationFailures.AddRange(form.Failures);
        return ValueTask.FromResult(query);
    }
}
