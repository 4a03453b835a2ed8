using System.Collections.Frozen;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace PpcBudget.Core.Estimates;

/// <summary>
/// The estimate table shipped with PpcBudget (seeds/cpc-estimates.csv): illustrative sample figures, so the service
/// answers with no Google Ads account. Two rows are real published estimates; the README labels the rest.
/// </summary>
public sealed class SeedEstimateTable
{
    const string ResourceName = "PpcBudget.Core.Estimates.cpc-estimates.csv";

    readonly FrozenDictionary<string, CpcEstimate> _byKeyword;

    SeedEstimateTable(IEnumerable<CpcEstimate> estimates) =>
        _byKeyword = estimates.ToFrozenDictionary(estimate => KeywordText.Normalize(estimate.Keyword));

    /// <summary>The table embedded in this library.</summary>
    public static SeedEstimateTable Embedded { get; } = LoadEmbedded();

    public int Count => _byKeyword.Count;

    public CpcEstimate? Find(string keyword) =>
        _byKeyword.TryGetValue(KeywordText.Normalize(keyword), out var estimate) ? estimate with { Keyword = keyword } : null;

    public static SeedEstimateTable Read(TextReader csv)
    {
        using var reader = new CsvReader(csv, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = args => args.Header.ToLowerInvariant(),
        });
        var rows = reader.GetRecords<SeedRow>().Select(row => new CpcEstimate
        {
            Keyword = row.Keyword,
            Currency = row.Currency.ToUpperInvariant(),
            AverageCpc = row.AverageCpc,
            LowTopOfPageBid = row.LowTopOfPageBid,
            HighTopOfPageBid = row.HighTopOfPageBid,
            AvgMonthlySearches = row.AvgMonthlySearches,
            Competition = row.Competition,
            Source = CpcSource.Seed,
        });
        return new SeedEstimateTable(rows.ToList());
    }

    static SeedEstimateTable LoadEmbedded()
    {
        using var stream = typeof(SeedEstimateTable).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The seed table {ResourceName} is not embedded in PpcBudget.Core.");
        using var text = new StreamReader(stream);
        return Read(text);
    }

    sealed record SeedRow(
        string Keyword,
        string Currency,
        decimal? AverageCpc,
        decimal? LowTopOfPageBid,
        decimal? HighTopOfPageBid,
        long? AvgMonthlySearches,
        string? Competition);
}
