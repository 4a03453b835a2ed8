using PpcBudget.Core.Estimates;
using PpcBudget.Core.Imports;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Tests.Imports;

/// <summary>A Keyword Planner download is priced by the one pricing step, from the file's own bids first.</summary>
public class ImportedPlanPricingTests
{
    const string Download = "Keyword Stats 2026-06-15 at 21_38_13.csv";

    /// <summary>An estimate source that knows a fixed set of keywords and records what it was asked.</summary>
    sealed class KnownKeywords(params CpcEstimate[] known) : ICpcEstimates
    {
        public List<string> Asked { get; } = [];

        public Task<EstimateLookup> LookUpAsync(IEnumerable<string> keywords, EstimateQuery query, CancellationToken cancellationToken)
        {
            var wanted = keywords.Select(KeywordText.Normalize).ToList();
            Asked.AddRange(wanted);
            var found = known.Where(estimate => wanted.Contains(KeywordText.Normalize(estimate.Keyword)))
                .ToDictionary(estimate => KeywordText.Normalize(estimate.Keyword));
            return Task.FromResult(new EstimateLookup(found, wanted.Where(keyword => !found.ContainsKey(keyword)).ToList(), ["asked"]));
        }
    }

    static CpcEstimate Seed(string keyword, decimal cpc) => new()
    {
        Keyword = keyword, AverageCpc = cpc, LowTopOfPageBid = cpc, HighTopOfPageBid = cpc, Currency = "USD", Source = CpcSource.Seed,
    };

    [Fact]
    public async Task TheFilesBidsPriceItsKeywordsOnThePlansBasisAndTheServicesSourceOnlyTheRest()
    {
        var reading = Fixtures.Read(Download);
        var service = new KnownKeywords(Seed("mold testing kit", 1.50m), Seed("mold removal", 9.99m));
        var planner = new Planner(new MissingCpcs(service)).For(reading);

        var calculated = await planner.TestingAsync(ImportedPlan.Plan(new TestingPlan { CpcBasis = CpcBasis.Low }, reading), CancellationToken.None);

        Assert.Empty(calculated.Failures);
        var lines = calculated.Answer!.Keywords.ToDictionary(line => line.Keyword);
        Assert.Equal((1.24m, CpcSource.KeywordPlanner), (lines["mold removal"].Cpc, lines["mold removal"].CpcSource));
        Assert.Equal((2.05m, CpcSource.KeywordPlanner), (lines["mould inspection"].Cpc, lines["mould inspection"].CpcSource));
        Assert.Equal((1.50m, CpcSource.Seed), (lines["mold testing kit"].Cpc, lines["mold testing kit"].CpcSource));
        Assert.Equal(["mold testing kit"], service.Asked);
    }

    [Fact]
    public async Task AKeywordWhoseBidsLackTheBasisIsRefusedAtItsCpc()
    {
        var reading = Fixtures.Read(Download);
        var planner = new Planner(new MissingCpcs(new KnownKeywords(Seed("mold testing kit", 1.50m)))).For(reading);

        var calculated = await planner.TestingAsync(ImportedPlan.Plan(new TestingPlan { CpcBasis = CpcBasis.High }, reading), CancellationToken.None);

        var failure = Assert.Single(calculated.Failures);
        Assert.Equal("line 7: cpc", ImportedPlan.FieldName(failure.PropertyName, reading));
        Assert.Contains("'mould inspection' has no high figure", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesInTurnAskTheSecondOnlyAboutWhatTheFirstDoesNotKnow()
    {
        var first = new KnownKeywords(Seed("coffee shop", 2.90m));
        var second = new KnownKeywords(Seed("latte", 1.10m), Seed("coffee shop", 9.99m));

        var lookup = await new EstimatesInTurn(first, second).LookUpAsync(["Coffee  Shop", "latte", "tea"], new EstimateQuery(null, null, null, "USD"),
            CancellationToken.None);

        Assert.Equal(["latte", "tea"], second.Asked);
        Assert.Equal(2.90m, lookup.For("coffee shop")!.AverageCpc);
        Assert.Equal(1.10m, lookup.For("latte")!.AverageCpc);
        Assert.Equal(["tea"], lookup.Unknown);
        Assert.Equal(["asked", "asked"], lookup.Warnings);
    }

    [Fact]
    public async Task RowsOfTheSameKeywordWithOtherBidsAreNamedInAWarning()
    {
        var read = Fixtures.Read(Download);
        var reading = read with
        {
            Keywords = [.. read.Keywords, read.Keyword("mold removal") with { Keyword = "Mold  Removal", Line = 9, HighTopOfPageBid = 9.00m }],
        };
        var planner = new Planner(new MissingCpcs(new KnownKeywords(Seed("mold testing kit", 1.50m)))).For(reading);

        var calculated = await planner.TestingAsync(ImportedPlan.Plan(new TestingPlan { CpcBasis = CpcBasis.Low }, reading), CancellationToken.None);

        Assert.Contains("'mold removal' has other top-of-page bids on line(s) 9; the bids of line 4 price every row of it.", calculated.Answer!.Warnings);
    }

    [Fact]
    public void OtherDownloadsKeepTheirObservedCpcs()
    {
        var reading = ImportedPlan.WithoutUnclickedReportRows(Fixtures.Read("Search keyword report.csv"));

        Assert.Null(ImportedPlan.Estimates(reading));
        Assert.All(ImportedPlan.Keywords(reading), keyword => Assert.NotNull(keyword.Cpc));
    }
}
