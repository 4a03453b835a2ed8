using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Testing;

/// <summary>What to test: the keywords, what each click costs, and how long the test may run.</summary>
public sealed record TestingPlan : Plans.PlanSettings
{
    /// <summary>Months the test budget is spread over, 1 to 120. Default 1.</summary>
    /// <example>4</example>
    public int? Months { get; init; }

    /// <summary>Sales each keyword must bring before its test is over. Default 1.</summary>
    /// <example>1</example>
    public int? SalesPerKeyword { get; init; }

    /// <summary>The keywords to test, at least one.</summary>
    public IReadOnlyList<TestingKeyword>? Keywords { get; init; }
}

/// <summary>One keyword to test.</summary>
public sealed record TestingKeyword : IKeywordWithCpc
{
    /// <summary>The search term.</summary>
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>Cost per click, in the plan's currency; when left out, an estimate is used (see <c>cpcBasis</c>).</summary>
    /// <example>2.90</example>
    public decimal? Cpc { get; init; }

    /// <summary>Average monthly searches, when known; otherwise taken from the estimate.</summary>
    /// <example>550000</example>
    public long? MonthlySearches { get; init; }

    /// <summary>This keyword's own conversion rate, when it differs from the plan's.</summary>
    /// <example>0.01</example>
    public decimal? ConversionRate { get; init; }
}
