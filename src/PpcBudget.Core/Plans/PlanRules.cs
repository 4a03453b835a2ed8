using FluentValidation;
using PpcBudget.Core.Money;

namespace PpcBudget.Core.Plans;

/// <summary>The field rules shared by every plan, each with a message that says what is allowed.</summary>
public static class PlanRules
{
    public static IRuleBuilderOptions<T, string?> IsIsoCurrency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || Currency.IsKnown(code))
            .WithMessage("'{PropertyValue}' is not an ISO 4217 currency code; use a code such as USD, EUR or JPY.");

    public static IRuleBuilderOptions<T, decimal?> IsConversionRate<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(rate => rate is null || (rate > 0 && rate <= 1))
            .WithMessage("must be a fraction greater than 0 and at most 1 (1 % is 0.01).")
            .Must(rate => rate is null || rate <= 0 || rate >= Rates.MinimumConversionRate)
            .WithMessage($"must be at least {Rates.MinimumConversionRate} (one conversion in a million clicks).");

    public static bool IsCpcValue(decimal? cpc) => cpc is null or 0 or (>= Limits.SmallestAmount and <= Limits.MaxCpc);

    public static IRuleBuilderOptions<T, decimal?> IsCpc<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(IsCpcValue)
            .WithMessage($"must be an amount from 0 to {Limits.MaxCpc:0} (if not 0, at least {Limits.SmallestAmount}: one micro); you sent {{PropertyValue}}.");

    public static IRuleBuilderOptions<T, decimal?> IsPositiveMoney<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(amount => amount is null or (>= Limits.SmallestAmount and <= Limits.MaxMoney))
            .WithMessage($"must be an amount greater than 0 (at least {Limits.SmallestAmount}: one micro) and at most {Limits.MaxMoney:0}; you sent {{PropertyValue}}.");

    public static IRuleBuilderOptions<T, decimal?> IsZeroOrMore<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(amount => amount is null or 0 or (>= Limits.SmallestAmount and <= Limits.MaxMoney))
            .WithMessage($"must be an amount of 0 or more (if not 0, at least {Limits.SmallestAmount}: one micro) and at most {Limits.MaxMoney:0}; you sent {{PropertyValue}}.");

    /// <summary>Text a person typed: no control characters, and no U+FFFD, which stands in for bytes that were not UTF-8.</summary>
    public static bool IsPlainText(string? text) =>
        text is null || !text.Any(character => char.IsControl(character) || character == '\uFFFD');

    public static IRuleBuilderOptions<T, string?> IsKeywordText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("is required: the search term, such as \"coffee shop\".")
            .MaximumLength(Limits.MaxKeywordLength)
            .WithMessage($"must be at most {Limits.MaxKeywordLength} characters, as in Google Ads.")
            .Must(IsPlainText)
            .WithMessage("must be plain text: no control characters, and no bytes that are not UTF-8 (save the file as UTF-8).");

    public static IRuleBuilderOptions<T, IReadOnlyList<TKeyword>?> IsKeywordList<T, TKeyword>(
        this IRuleBuilder<T, IReadOnlyList<TKeyword>?> rule, int maxKeywords) =>
        rule.NotNull().WithMessage("is required: a list of at least one keyword.")
            .Must(list => list is null || list.Count > 0).WithMessage("must hold at least one keyword.")
            .Must(list => list is null || list.Count <= maxKeywords)
            .WithMessage((_, list) => $"holds {list!.Count:N0} keywords; at most {maxKeywords:N0} are allowed in one request.");
}
