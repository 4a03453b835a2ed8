using FluentValidation.Results;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.QueryForms;

/// <summary>
/// The query twins of the budget bodies: every plan field by its own name, and the keyword fields as parallel lists
/// (<c>keywords=coffee shop,mortgage broker&amp;cpcs=2.90,13.76</c>).
/// </summary>
public static class PlanQueries
{
    static readonly IReadOnlyDictionary<string, CpcBasis> Bases = new Dictionary<string, CpcBasis>(StringComparer.OrdinalIgnoreCase)
    {
        ["average"] = CpcBasis.Average, ["low"] = CpcBasis.Low, ["high"] = CpcBasis.High,
    };

    static readonly IReadOnlyDictionary<string, EstimateSource> Sources = new Dictionary<string, EstimateSource>(StringComparer.OrdinalIgnoreCase)
    {
        ["googleAds"] = EstimateSource.GoogleAds, ["seed"] = EstimateSource.Seed,
    };

    /// <summary>The testing settings; keywords come from <see cref="TestingKeywords"/> or a CSV body.</summary>
    public static TestingPlan TestingSettings(QueryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return WithSharedSettings(form, new TestingPlan
        {
            Months = form.WholeNumber("months"),
            SalesPerKeyword = form.WholeNumber("salesPerKeyword"),
        });
    }

    public static RoiPlan RoiSettings(QueryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return WithSharedSettings(form, new RoiPlan
        {
            CustomerValue = form.Number("customerValue"),
            AverageSale = form.Number("averageSale"),
            FulfillmentCost = form.Number("fulfillmentCost"),
            TargetMargin = form.Rate("targetMargin"),
        });
    }

    /// <summary>The settings every plan has (<see cref="PlanSettings"/>), read once for both phases.</summary>
    static TPlan WithSharedSettings<TPlan>(QueryForm form, TPlan plan) where TPlan : PlanSettings =>
        // A record's with clones the runtime type, so the phase's own fields stay.
        (TPlan)((PlanSettings)plan with
        {
            Currency = form.Text("currency"),
            ConversionRate = form.Rate("conversionRate"),
            ClickThroughRate = form.Rate("clickThroughRate"),
            CpcBasis = form.Choice("cpcBasis", Bases),
            SkipUnknownKeywords = form.Flag("skipUnknownKeywords"),
            EstimateSource = form.Choice("estimateSource", Sources),
            Language = form.Text("language"),
            GeoTargets = form.List("geoTargets"),
        });

    public static IReadOnlyList<TestingKeyword>? TestingKeywords(QueryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var keywords = form.List("keywords");
        var cpcs = form.NumberList("cpcs");
        var rates = form.RateList("conversionRates");
        var searches = form.WholeNumberList("monthlySearches");
        if (keywords is null)
            return null;
        Match(form, keywords, ("cpcs", cpcs?.Count), ("conversionRates", rates?.Count), ("monthlySearches", searches?.Count));
        return keywords.Select((keyword, i) => new TestingKeyword
        {
            Keyword = keyword,
            Cpc = At(cpcs, i),
            ConversionRate = At(rates, i),
            MonthlySearches = At(searches, i),
        }).ToList();
    }

    public static IReadOnlyList<RoiKeyword>? RoiKeywords(QueryForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var keywords = form.List("keywords");
        var cpcs = form.NumberList("cpcs");
        var clicks = form.WholeNumberList("clicks");
        var conversions = form.WholeNumberList("conversions");
        var searches = form.WholeNumberList("monthlySearches");
        if (keywords is null)
            return null;
        Match(form, keywords, ("cpcs", cpcs?.Count), ("clicks", clicks?.Count), ("conversions", conversions?.Count), ("monthlySearches", searches?.Count));
        return keywords.Select((keyword, i) => new RoiKeyword
        {
            Keyword = keyword,
            Cpc = At(cpcs, i),
            MonthlySearches = At(searches, i),
            Clicks = At(clicks, i),
            Conversions = At(conversions, i),
        }).ToList();
    }

    /// <summary>How a body field's name reads in the query form: <c>keywords[1].cpc</c> is <c>cpcs[1]</c>.</summary>
    public static string QueryName(string bodyField)
    {
        ArgumentNullException.ThrowIfNull(bodyField);
        var dot = bodyField.IndexOf("].", StringComparison.Ordinal);
        if (!bodyField.StartsWith("keywords[", StringComparison.Ordinal) || dot < 0)
            return bodyField;
        var index = bodyField["keywords".Length..(dot + 1)];
        return bodyField[(dot + 2)..] switch
        {
            "keyword" => $"keywords{index}",
            "cpc" => $"cpcs{index}",
            "conversionRate" => $"conversionRates{index}",
            var list => $"{list}{index}",
        };
    }

    static void Match(QueryForm form, IReadOnlyList<string> keywords, params (string Name, int? Count)[] lists)
    {
        foreach (var (name, count) in lists)
            if (count is { } values && values != keywords.Count)
                form.Failures.Add(new ValidationFailure(name,
                    $"has {values} value{(values == 1 ? "" : "s")} but keywords has {keywords.Count}; give one per keyword, in the same order " +
                    "(an empty entry, as in 2.90,,13.76, leaves that keyword's value out)."));
    }

    static T? At<T>(IReadOnlyList<T?>? values, int index) where T : struct =>
        values is not null && index < values.Count ? values[index] : null;
}
