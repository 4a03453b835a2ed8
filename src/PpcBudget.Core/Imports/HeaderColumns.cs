using System.Collections.Frozen;

namespace PpcBudget.Core.Imports;

/// <summary>A figure the reader takes from a file, whichever column name the file gives it.</summary>
enum Field
{
    Keyword,
    SearchTerm,
    MatchType,
    Currency,
    Clicks,
    Impressions,
    Cost,
    Conversions,
    ConversionValue,
    SearchImpressionShare,
    TopOfPageBidLow,
    TopOfPageBidHigh,
    MonthlySearches,
    Competition,
    CompetitionIndex,
    Cpc,
    ConversionRate,
}

/// <summary>Where each figure sits in a file's header, found by the column's name; other columns are left alone.</summary>
sealed class HeaderColumns
{
    // Per figure, the names the downloads give it, the preferred first: Google Ads, Keyword Planner, Microsoft
    // Advertising (its web download and its reporting API), then PpcBudget's own plan columns.
    static readonly (Field Field, string[] Names)[] Aliases =
    [
        (Field.Keyword, ["Keyword"]),
        (Field.SearchTerm, ["Search term"]),
        (Field.MatchType, ["Match type", "MatchType", "Bid match type", "BidMatchType"]),
        (Field.Currency, ["Currency code", "Currency", "CurrencyCode"]),
        (Field.Clicks, ["Clicks"]),
        (Field.Impressions, ["Impr.", "Impressions"]),
        (Field.Cost, ["Cost", "Spend"]),
        (Field.Conversions, ["Conversions", "Conv."]),
        (Field.ConversionValue, ["Conv. value", "Conversion value", "Revenue"]),
        (Field.SearchImpressionShare, ["Search impr. share", "Impr. share (%)", "Impression share percent", "ImpressionSharePercent"]),
        (Field.TopOfPageBidLow, ["Top of page bid (low range)"]),
        (Field.TopOfPageBidHigh, ["Top of page bid (high range)"]),
        (Field.MonthlySearches, ["Avg. monthly searches", "monthlySearches"]),
        (Field.Competition, ["Competition"]),
        (Field.CompetitionIndex, ["Competition (indexed value)"]),
        (Field.Cpc, ["cpc"]),
        (Field.ConversionRate, ["conversionRate"]),
    ];

    /// <summary>The columns of PpcBudget's plan CSV, which the API's plan endpoints and the CLI have always read.</summary>
    public static readonly IReadOnlyList<string> PlanColumns = ["keyword", "cpc", "conversionRate", "monthlySearches", "clicks", "conversions"];

    const string MonthPrefix = "Searches: ";

    static readonly FrozenDictionary<string, (Field Field, int Rank)> ByName = Aliases
        .SelectMany(alias => alias.Names.Select((name, rank) => (name, alias.Field, rank)))
        .ToFrozenDictionary(entry => entry.name, entry => (entry.Field, entry.rank), StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string> PlanNames = PlanColumns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    static readonly FrozenSet<string> MicrosoftOnlyNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Spend", "Impressions", "Revenue", "ImpressionSharePercent", "Impression share percent", "Impr. share (%)", "BidMatchType", "CurrencyCode");

    readonly int[] _index = Enumerable.Repeat(-1, Enum.GetValues<Field>().Length).ToArray();
    readonly int[] _rank = new int[Enum.GetValues<Field>().Length];
    readonly string[] _header;

    public HeaderColumns(string[] header, int line, ProblemList problems)
    {
        _header = header;
        var months = new List<int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var allPlan = true;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            allPlan &= PlanNames.Contains(name);
            HasMicrosoftColumns |= MicrosoftOnlyNames.Contains(name);
            if (name.StartsWith(MonthPrefix, StringComparison.OrdinalIgnoreCase))
                months.Add(i);
            if (!ByName.TryGetValue(name, out var known))
                continue;
            if (!seen.Add(name))
            {
                if (reported.Add(name))
                    problems.Add(line, name, "appears more than once in the header; keep one, so no figure is read from the wrong one.");
                continue;
            }
            var slot = (int)known.Field;
            if (_index[slot] < 0 || known.Rank < _rank[slot])
                (_index[slot], _rank[slot]) = (i, known.Rank);
        }
        MonthColumns = months;
        IsPlan = allPlan;
    }

    /// <summary>Every column is one of the plan's.</summary>
    public bool IsPlan { get; }

    public bool HasMicrosoftColumns { get; private set; }

    /// <summary>Keyword Planner's "Searches: Jun 2025" columns, in header order.</summary>
    public IReadOnlyList<int> MonthColumns { get; }

    public int Count => _header.Length;

    public bool Has(Field field) => _index[(int)field] >= 0;

    public int IndexOf(Field field) => _index[(int)field];

    /// <summary>The column's name as this file's header writes it.</summary>
    public string NameOf(Field field) => Has(field) ? _header[IndexOf(field)].Trim() : Aliases.First(alias => alias.Field == field).Names[0];

    public static bool NamesKeyword(string cell) =>
        ByName.TryGetValue(cell.Trim(), out var known) && known.Field is Field.Keyword or Field.SearchTerm;
}
