using FluentValidation;
using FluentValidation.Results;
using PpcBudget.Core.Money;

namespace PpcBudget.Core.Plans;

/// <summary>The field rules shared by every plan, each with a message that says what is allowed.</summary>
public static class PlanRules
{
    public const string NullKeyword = "must be a keyword object such as { \"keyword\": \"coffee shop\", \"cpc\": 2.90 }, not null.";

    public static IRuleBuilderOptions<T, string?> IsIsoCurrency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || Currency.IsKnown(code))
            .WithMessage("'{PropertyValue}' is not an ISO 4217 currency code; use a code such as USD, EUR or JPY.");

    public static IRuleBuilderOptions<T, decimal?> IsConversionRate<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(rate => rate is null || (rate > 0 && rate <= 1))
            .WithMessage("must be a fraction greater than 0 and at most 1 (1 % is 0.01).")
            .Must(rate => rate is null || rate <= 0 || rate >= Rates.MinimumConversionRate)
            .WithMessage($"must be at least {Rates.MinimumConversionRate} (one conversion in a million clicks).");

    public static bool IsCpcValue(decimal? cpc) =>
        cpc is null || ((cpc is 0 or (>= Limits.SmallestAmount and <= Limits.MaxCpc)) && IsWholeMicros(cpc.Value));

    /// <summary>
    /// An amount is a whole number of micros, at most six decimal places, as Google Ads counts money: 2.90 and
    /// 2.900000 are, 1e-29 and 2.9000001 are not. More precision than that is a mistake (a unit, a formula's float
    /// noise), and would otherwise be echoed as 0.000000… or rounded away without a word.
    /// </summary>
    public static bool IsWholeMicros(decimal amount) =>
        // 1e-29 reads as a zero with 28 decimal places: zero, but not written as one.
        decimal.Round(amount, Limits.AmountDecimals) == amount && (amount != 0 || amount.Scale <= Limits.AmountDecimals);

    static IRuleBuilderOptions<T, decimal?> InWholeMicros<T>(this IRuleBuilderOptions<T, decimal?> rule) =>
        rule.Must(amount => amount is null || IsWholeMicros(amount.Value))
            .WithMessage($"has more decimal places than an amount carries: write it with at most {Limits.AmountDecimals} (one micro, "
                       + $"{Limits.SmallestAmount}); you sent {{PropertyValue}}.");

    public static IRuleBuilderOptions<T, decimal?> IsCpc<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(cpc => cpc is null or 0 or (>= Limits.SmallestAmount and <= Limits.MaxCpc))
            .WithMessage($"must be an amount from 0 to {Limits.MaxCpc:0} (if not 0, at least {Limits.SmallestAmount}: one micro); you sent {{PropertyValue}}.")
            .InWholeMicros();

    public static IRuleBuilderOptions<T, decimal?> IsPositiveMoney<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(amount => amount is null or (>= Limits.SmallestAmount and <= Limits.MaxMoney))
            .WithMessage($"must be an amount greater than 0 (at least {Limits.SmallestAmount}: one micro) and at most {Limits.MaxMoney:0}; you sent {{PropertyValue}}.")
            .InWholeMicros();

    public static IRuleBuilderOptions<T, decimal?> IsZeroOrMore<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(amount => amount is null or 0 or (>= Limits.SmallestAmount and <= Limits.MaxMoney))
            .WithMessage($"must be an amount of 0 or more (if not 0, at least {Limits.SmallestAmount}: one micro) and at most {Limits.MaxMoney:0}; you sent {{PropertyValue}}.")
            .InWholeMicros();

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

    /// <summary>
    /// Checks each item of a list by <paramref name="itemRules"/> (failures named <c>keywords[2].cpc</c>), and stops
    /// once <see cref="Limits.MaxFailuresListed"/> failures are named: a list built to fail everywhere costs a hundred
    /// messages, not a million. Items that <paramref name="plainlyValid"/> passes (never looser than the rules) are not
    /// checked at all; a null item is named with <paramref name="nullMessage"/>.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TItem>?> EachChecked<T, TItem>(
        this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, IValidator<TItem> itemRules, Func<TItem, bool> plainlyValid, string? nullMessage = null) =>
        rule.Custom((items, context) =>
        {
            if (items is null)
                return;
            var named = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item is null ? nullMessage is null : plainlyValid(item))
                    continue;
                if (named >= Limits.MaxFailuresListed)
                {
                    context.AddFailure(new ValidationFailure(context.PropertyPath,
                        $"has more failures from item {i} on; checking stopped after the first {Limits.MaxFailuresListed}."));
                    return;
                }
                var failures = item is null
                    ? [new ValidationFailure("", nullMessage)]
                    : itemRules.Validate(item).Errors;
                foreach (var failure in failures)
                    context.AddFailure(new ValidationFailure(
                        failure.PropertyName.Length == 0 ? $"{context.PropertyPath}[{i}]" : $"{context.PropertyPath}[{i}].{failure.PropertyName}",
                        failure.ErrorMessage));
                named += failures.Count;
            }
        });
}
