using PpcBudget.Core.Estimates;
using PpcBudget.Core.Money;
using PpcBudget.Core.Tables;

namespace PpcBudget.Core.Testing;

/// <summary>What the test costs: per keyword, in total, per month and per day.</summary>
public sealed record TestingBudget : Plans.PlanAnswer, ITabular
{
    public Table ToTable() => TestingBudgetTable.For(this);

    /// <summary>One line per keyword, in the order sent.</summary>
    public required IReadOnlyList<KeywordTestCost> Keywords { get; init; }

    /// <summary>Sum of every keyword's test cost.</summary>
    /// <example>1666.00</example>
    public required decimal Total { get; init; }

    /// <summary>Months the total is spread over.</summary>
    /// <example>4</example>
    public required int Months { get; init; }

    /// <summary>Total ÷ months.</summary>
    /// <example>416.50</example>
    public required decimal MonthlyBudget { get; init; }

    /// <summary>Monthly budget ÷ 30.4, the average month Google Ads uses for daily budgets.</summary>
    /// <example>13.70</example>
    public required decimal DailyBudget { get; init; }

    /// <summary>Month by month; the rows add up to the total exactly (the cent that does not divide goes to the first months).</summary>
    public required IReadOnlyList<MonthlyBudget> Schedule { get; init; }
}

/// <summary>What testing one keyword costs.</summary>
public sealed record KeywordTestCost
{
    /// <example>coffee shop</example>
    public required string Keyword { get; init; }

    /// <summary>Cost per click, as sent or as estimated.</summary>
    /// <example>2.90</example>
    public required decimal Cpc { get; init; }

    /// <summary>Where the CPC came from: request, googleAds or seed.</summary>
    /// <example>request</example>
    public required CpcSource CpcSource { get; init; }

    /// <summary>The conversion rate used for this keyword.</summary>
    /// <example>0.01</example>
    public required decimal ConversionRate { get; init; }

    /// <summary>CPC ÷ conversion rate: what one sale costs.</summary>
    /// <example>290.00</example>
    public required decimal CostPerSale { get; init; }

    /// <summary>Sales wanted ÷ conversion rate, to two decimals.</summary>
    /// <example>100</example>
    public required decimal ClicksNeeded { get; init; }

    /// <summary>Cost per sale × sales wanted.</summary>
    /// <example>290.00</example>
    public required decimal TestCost { get; init; }

    /// <summary>Average monthly searches, as sent or estimated; absent when unknown.</summary>
    /// <example>550000</example>
    public long? MonthlySearches { get; init; }

    /// <summary>Clicks needed ÷ (monthly searches × click-through rate): how long the search traffic takes to deliver the test.</summary>
    /// <example>0.02</example>
    public decimal? MonthsNeeded { get; init; }
}
