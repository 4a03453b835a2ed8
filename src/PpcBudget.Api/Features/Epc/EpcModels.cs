using FluentValidation;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Epc;

/// <summary>What one customer is worth and how often a click converts.</summary>
public sealed record EpcQuery
{
    /// <summary>What one customer is worth after fulfilment costs.</summary>
    /// <example>100</example>
    public decimal? CustomerValue { get; init; }

    /// <summary>Fraction of clicks that become a sale. Default 0.01 (1 %).</summary>
    /// <example>0.01</example>
    [Core.Plans.Rate]
    public decimal? ConversionRate { get; init; }

    /// <summary>ISO 4217 code. Default USD.</summary>
    /// <example>USD</example>
    public string? Currency { get; init; }
}

/// <summary>Earnings per click.</summary>
public sealed record EpcAnswer : Core.Tables.ITabular
{
    public Core.Tables.Table ToTable() => EpcTable.For(this);

    /// <example>USD</example>
    public required string Currency { get; init; }

    /// <example>100.00</example>
    public required decimal CustomerValue { get; init; }

    /// <example>0.01</example>
    public required decimal ConversionRate { get; init; }

    /// <summary>Customer value × conversion rate: the most a click may cost.</summary>
    /// <example>1.00</example>
    public required decimal Epc { get; init; }
}

public sealed class EpcQueryValidator : AbstractValidator<EpcQuery>
{
    public EpcQueryValidator()
    {
        RuleFor(query => query.CustomerValue).NotNull().WithMessage("is required: what one customer is worth, such as 100.")
            .IsPositiveMoney();
        RuleFor(query => query.ConversionRate).IsConversionRate();
        RuleFor(query => query.Currency).IsIsoCurrency();
    }
}
