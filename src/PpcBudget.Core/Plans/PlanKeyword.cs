using FluentValidation;
using PpcBudget.Core.Json;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Core.Plans;

/// <summary>
/// One keyword of a plan, the same in every phase and every entry point (a JSON body, a CSV plan's row, the query's
/// parallel lists, a plan file): what a click costs and, once tested, what was observed. A phase that does not use a
/// field says so in its warnings.
/// </summary>
public sealed record PlanKeyword : IKeywordWithCpc
{
    /// <summary>The search term.</summary>
    /// <example>coffee shop</example>
    public string? Keyword { get; init; }

    /// <summary>Cost per click, in the plan's currency; when left out, an estimate is used (see <c>cpcBasis</c>).</summary>
    /// <example>2.90</example>
    public decimal? Cpc { get; init; }

    /// <summary>Testing: this keyword's own conversion rate, when it differs from the plan's. The ROI phase uses observed clicks and conversions instead.</summary>
    /// <example>0.01</example>
    [Rate]
    public decimal? ConversionRate { get; init; }

    /// <summary>Average monthly searches, when known (otherwise the estimate's): how long a test takes, and the traffic the ROI budget can buy.</summary>
    /// <example>550000</example>
    public long? MonthlySearches { get; init; }

    /// <summary>ROI: clicks observed in the test; give with <c>conversions</c>.</summary>
    /// <example>400</example>
    public long? Clicks { get; init; }

    /// <summary>ROI: sales observed from those clicks; give with <c>clicks</c>.</summary>
    /// <example>6</example>
    public long? Conversions { get; init; }

    /// <summary>The fields, named as every entry point spells them: a CSV plan's header, the JSON body, the query's lists (in the plural).</summary>
    public static IReadOnlyList<string> Fields { get; } = ["keyword", "cpc", "conversionRate", "monthlySearches", "clicks", "conversions"];

    /// <summary>
    /// The warning that names the fields a phase was sent but does not use — "field" of the keywords, or "column" of a
    /// CSV plan — so nothing the user sent passes unmentioned.
    /// </summary>
    public static string NotUsedWarning(IReadOnlyList<string> fields, string kind, string of)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return $"This answer does not use the {string.Join(" and ", fields)} {kind}{(fields.Count == 1 ? "" : "s")} of {of}.";
    }

    /// <summary>
    /// The keyword a failure's field names, as the rules name it: <c>keywords[3].cpc</c> is keyword 3's <c>cpc</c>,
    /// <c>keywords[3]</c> the keyword itself (<paramref name="keywordField"/> empty); false for any other field.
    /// </summary>
    public static bool TryReadField(string field, out int index, out string keywordField)
    {
        ArgumentNullException.ThrowIfNull(field);
        const string Prefix = "keywords[";
        var end = field.IndexOf(']', StringComparison.Ordinal);
        keywordField = end < 0 ? "" : field[(end + 1)..].TrimStart('.');
        index = -1;
        return field.StartsWith(Prefix, StringComparison.Ordinal) && end > Prefix.Length
               && int.TryParse(field.AsSpan(Prefix.Length, end - Prefix.Length), out index);
    }

    /// <summary>Whether the keyword gives a value for one of <see cref="Fields"/>.</summary>
    public bool Gives(string field) => field switch
    {
        "keyword" => Keyword is not null,
        "cpc" => Cpc is not null,
        "conversionRate" => ConversionRate is not null,
        "monthlySearches" => MonthlySearches is not null,
        "clicks" => Clicks is not null,
        "conversions" => Conversions is not null,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "A keyword has no such field."),
    };
}

/// <summary>The rules for one keyword, shared by both phases, JSON plans, CSV rows and files: a value given must be valid, used or not.</summary>
public sealed class PlanKeywordValidator : JsonNamedValidator<PlanKeyword>
{
    public static readonly PlanKeywordValidator Instance = new();

    /// <summary>
    /// True only when every rule below surely passes: a cheap check a million-row plan runs first, so the full
    /// validation (and its messages) is paid for only by rows that may be wrong. Never looser than the rules.
    /// </summary>
    public static bool IsPlainlyValid(PlanKeyword keyword) =>
        keyword is { Keyword: { Length: > 0 and <= Limits.MaxKeywordLength } text }
        && !string.IsNullOrWhiteSpace(text)
        && PlanRules.IsPlainText(text)
        && PlanRules.IsCpcValue(keyword.Cpc)
        && keyword.ConversionRate is null or (>= Rates.MinimumConversionRate and <= 1)
        && keyword.MonthlySearches is null or >= 0
        && ((keyword.Clicks is null && keyword.Conversions is null)
            || (keyword.Clicks >= 0 && keyword.Conversions >= 0 && keyword.Conversions <= keyword.Clicks));

    public PlanKeywordValidator()
    {
        RuleFor(keyword => keyword.Keyword).IsKeywordText();
        RuleFor(keyword => keyword.Cpc).IsCpc();
        RuleFor(keyword => keyword.ConversionRate).IsConversionRate();
        RuleFor(keyword => keyword.MonthlySearches).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.");
        RuleFor(keyword => keyword.Clicks).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.")
            .NotNull().When(keyword => keyword.Conversions is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("is required when conversions is given.");
        RuleFor(keyword => keyword.Conversions).GreaterThanOrEqualTo(0).WithMessage("must be 0 or more.")
            .NotNull().When(keyword => keyword.Clicks is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("is required when clicks is given.")
            .LessThanOrEqualTo(keyword => keyword.Clicks).When(keyword => keyword.Clicks >= 0, ApplyConditionTo.CurrentValidator)
            .WithMessage("cannot exceed clicks: each conversion comes from a click.");
    }
}
