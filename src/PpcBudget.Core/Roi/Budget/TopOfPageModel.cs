namespace PpcBudget.Core.Roi.Budget;

/// <summary>
/// The spend curve's stand-in when Google's forecast is not available: a model, labelled as one, built on the two
/// figures Google does give for a keyword, its low and high top-of-page bids.
/// </summary>
/// <remarks>
/// <para>
/// Google defines the low and high top-of-page bids as the 20th and 80th percentiles of the bids that reached the top of
/// the page. The model assumes those competing bids are spread evenly: 60 % of them lie between low and high, so the
/// other 20 % on each side spread over a third of that width. Competing bids then run evenly from
/// <c>a = low − (high − low) / 3</c> to <c>B = high + (high − low) / 3</c>.
/// </para>
/// <para>
/// A max CPC bid <c>b</c> wins the auctions whose competing bid is below it, a share <c>(b − a) ÷ (B − a)</c> (from
/// 0 to 1) of the keyword's monthly clicks (its traffic figure: forecast, report or searches × click-through rate).
/// Each click won costs the bid it beat (a second-price auction), on average the middle of the bids beaten,
/// <c>(max(a, 0) + b) ÷ 2</c>. So more clicks are bought at a marginal CPC of about the bid itself, and profit is
/// greatest near a bid equal to the EPC. Where <c>a</c> would be below zero the average counts from zero, which only
/// makes clicks dearer. When low equals high every click costs that bid and none is won below it.
/// </para>
/// <para>What the model leaves out: quality score, ad rank thresholds, positions below the top of the page.</para>
/// </remarks>
static class TopOfPageModel
{
    /// <summary>The range of competing bids the model spreads evenly, or null when the two bids do not make one.</summary>
    public static (decimal Lowest, decimal Highest)? Range(decimal? low, decimal? high)
    {
        if (low is not { } l || high is not { } h || l < 0 || h < l || h <= 0)
            return null;
        var spread = (h - l) / 3;
        return (l - spread, h + spread);
    }

    /// <summary>The share of the keyword's clicks a bid wins and their average cost, under the model.</summary>
    public static (decimal Share, decimal AverageCpc) At(decimal bid, decimal low, (decimal Lowest, decimal Highest) range)
    {
        var (lowest, highest) = range;
        if (highest == lowest)
            return bid >= low ? (1m, low) : (0m, 0m);
        var share = Math.Clamp((bid - lowest) / (highest - lowest), 0m, 1m);
        return share == 0 ? (0m, 0m) : (share, (Math.Max(lowest, 0m) + Math.Min(bid, highest)) / 2);
    }
}
