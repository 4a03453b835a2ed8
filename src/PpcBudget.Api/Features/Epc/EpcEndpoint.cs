using FastEndpoints;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.QueryForms;
using PpcBudget.Core.Money;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Epc;

public sealed class EpcEndpoint : Endpoint<EpcQuery, EpcAnswer>
{
    public const string Route = "/v1/epc";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiKeys.Policy);
        RequestBinder(new QueryBinder<EpcQuery>());
        Validator<EpcQueryValidator>();
        Description(endpoint => endpoint
            .WithName("CalculateEpc")
            .WithTags("Budgets")
            .WithSummary("Earnings per click: customer value × conversion rate, the most a click may cost")
            .WithDescription("What one click is worth when a customer is worth customerValue and a click converts at conversionRate; "
                           + "a keyword whose CPC is above it loses money. Rounded to the currency's minor unit.")
            .ProducesValidationProblem());
    }

    public override Task<EpcAnswer> ExecuteAsync(EpcQuery req, CancellationToken ct)
    {
        var currency = Currency.FromCode(req.Currency);
        var rate = req.ConversionRate ?? Rates.DefaultConversionRate;
        var customerValue = req.CustomerValue ?? 0;
        return Task.FromResult(new EpcAnswer
        {
            Currency = currency.Code,
            CustomerValue = currency.Round(customerValue),
            ConversionRate = rate,
            Epc = currency.Round(Core.Roi.Epc.Of(customerValue, rate)),
        });
    }
}
