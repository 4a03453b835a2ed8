using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Files;

/// <summary>Plan settings given as options: they complete a CSV keyword list, and override what a JSON plan says.</summary>
sealed record GivenSettings
{
    public string? Currency { get; init; }
    public decimal? ConversionRate { get; init; }
    public int? Months { get; init; }
    public int? SalesPerKeyword { get; init; }
    public decimal? CustomerValue { get; init; }
    public decimal? AverageSale { get; init; }
    public decimal? FulfillmentCost { get; init; }
    public decimal? TargetMargin { get; init; }
    public CpcBasis? CpcBasis { get; init; }
    public bool? SkipUnknownKeywords { get; init; }

    public BudgetPlan ApplyTo(BudgetPlan plan) => plan with
    {
        Currency = Currency ?? plan.Currency,
        ConversionRate = ConversionRate ?? plan.ConversionRate,
        Months = Months ?? plan.Months,
        SalesPerKeyword = SalesPerKeyword ?? plan.SalesPerKeyword,
        CustomerValue = CustomerValue ?? plan.CustomerValue,
        AverageSale = AverageSale ?? plan.AverageSale,
        FulfillmentCost = FulfillmentCost ?? plan.FulfillmentCost,
        TargetMargin = TargetMargin ?? plan.TargetMargin,
        CpcBasis = CpcBasis ?? plan.CpcBasis,
        SkipUnknownKeywords = SkipUnknownKeywords ?? plan.SkipUnknownKeywords,
    };

    /// <summary>
    /// The option that set a plan field (months → --months), so a bad value is blamed on what the user typed; with
    /// <paramref name="onlyOptions"/> (a CSV plan, which holds keywords only) the option is named even when it was not given.
    /// </summary>
    public string? OptionFor(string field, bool onlyOptions) => field switch
    {
        "currency" when onlyOptions || Currency is not null => "--currency",
        "conversionRate" when onlyOptions || ConversionRate is not null => "--conversion-rate",
        "months" when onlyOptions || Months is not null => "--months",
        "salesPerKeyword" when onlyOptions || SalesPerKeyword is not null => "--sales-per-keyword",
        "customerValue" when onlyOptions || CustomerValue is not null => "--customer-value",
        "averageSale" when onlyOptions || AverageSale is not null => "--average-sale",
        "fulfillmentCost" when onlyOptions || FulfillmentCost is not null => "--fulfillment-cost",
        "targetMargin" when onlyOptions || TargetMargin is not null => "--target-margin",
        _ => null,
    };
}
