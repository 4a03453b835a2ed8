using PpcBudget.Core.Money;

namespace PpcBudget.Core.Roi.Budget;

/// <summary>The spend curve of the profitable keywords: from Google's forecasts, else from the top-of-page model, else none.</summary>
static class SpendCurves
{
    /// <summary>Enough points to draw the curve and find its turn; more forecast bids are thinned out evenly.</summary>
    const int MaxPoints = 40;
    const int ModelSteps = 10;
    const int MaxModelEpcs = 20;

    /// <summary>A month at one bid, summed over the keywords on the curve, at full precision.</summary>
    readonly record struct Sample(decimal MaxCpc, decimal Clicks, decimal Cost, decimal Conversions, decimal Value)
    {
        public decimal Profit => Value - Cost;
    }

    public static SpendCurve For(IReadOnlyList<KeywordMonth> months, decimal planEpc, Currency currency)
    {
        var bought = months.Where(month => month.IsBought).ToList();
        if (bought.Count == 0)
            return None("No curve: no keyword is profitable with a traffic figure.");

        var forecast = bought.Where(month => month.Traffic.Basis == TrafficBasis.GoogleForecast).ToList();
        if (forecast.Count > 0)
        {
            var (samples, partly) = FromForecasts(forecast);
            var note = $"Google's forecast for {forecast.Count} of {Profitable(bought.Count)}, summed at each bid.";
            if (forecast.Count < bought.Count)
                note += " Keywords without a forecast are not on the curve.";
            if (partly)
                note += " Below the lowest bid Google forecast for a keyword, that keyword adds nothing.";
            if (forecast.Count(month => month.Traffic.FewerBidsThanAsked) is > 0 and var fewer)
                note += $" Google answered fewer bids than were asked about for {fewer} of these keywords, so the curve has fewer points.";
            return Curve(CurveBasis.GoogleForecast, note, samples, currency);
        }

        var modelled = bought
            .Select(month => (Month: month, Range: TopOfPageModel.Range(month.LowTopOfPageBid, month.HighTopOfPageBid)))
            .Where(pair => pair.Range is not null && pair.Month.Clicks > 0)
            .Select(pair => (pair.Month, Range: pair.Range!.Value))
            .ToList();
        if (modelled.Count == 0)
        {
            return None($"No curve: none of {Profitable(bought.Count)} has a Google forecast, or a top-of-page bid range " +
                        "with clicks, to build one on. Google Ads' forecast, or the keywords' low and high top-of-page bids, give one.");
        }
        var modelNote =
            $"Model, not a forecast: built on the top-of-page bid range of {modelled.Count} of {Profitable(bought.Count)}. " +
            "Google's low and high top-of-page bids are the 20th and 80th percentiles of top-of-page bids; the model spreads the " +
            "competing bids evenly over the range that puts them there, so a bid wins the share of each keyword's monthly clicks " +
            "whose competing bid is below it and pays, on average, the middle of the bids it beats. Every figure on this curve is the model's.";
        if (modelled.Count < bought.Count)
            modelNote += " Keywords without a top-of-page bid range are not on the curve.";
        return Curve(CurveBasis.Model, modelNote, FromModel(modelled, planEpc, currency), currency);
    }

    static string Profitable(int count) => count == 1 ? "the 1 profitable keyword" : $"the {count} profitable keywords";

    static SpendCurve None(string note) => new() { Basis = CurveBasis.None, Note = note, Points = [] };

    static (List<Sample> Samples, bool Partly) FromForecasts(List<KeywordMonth> months)
    {
        var bids = Thin(months.SelectMany(month => month.Traffic.Forecast.Select(point => point.MaxCpc)).Distinct().Order().ToList());
        var partly = months.Any(month => month.Traffic.Forecast[0].MaxCpc > bids[0]);
        var samples = new Sample[bids.Count];
        foreach (var month in months)
        {
            var points = month.Traffic.Forecast;
            var at = -1;
            for (var b = 0; b < bids.Count; b++)
            {
                while (at + 1 < points.Count && points[at + 1].MaxCpc <= bids[b])
                    at++;
                if (at < 0)
                    continue;
                var point = points[at];
                var sample = samples[b];
                samples[b] = new Sample(bids[b], sample.Clicks + point.Clicks, sample.Cost + point.Cost,
                    sample.Conversions + point.Clicks * month.ConversionRate, sample.Value + point.Clicks * month.Epc);
            }
        }
        for (var b = 0; b < bids.Count; b++)
            samples[b] = samples[b] with { MaxCpc = bids[b] };
        return (samples.ToList(), partly);
    }

    static List<decimal> Thin(List<decimal> bids) =>
        bids.Count <= MaxPoints
            ? bids
            : Enumerable.Range(0, MaxPoints).Select(i => bids[(int)Math.Round((double)i * (bids.Count - 1) / (MaxPoints - 1))]).Distinct().ToList();

    static List<Sample> FromModel(List<(KeywordMonth Month, (decimal Lowest, decimal Highest) Range)> modelled, decimal planEpc, Currency currency)
    {
        var from = modelled.Min(pair => pair.Month.LowTopOfPageBid!.Value);
        var to = modelled.Max(pair => pair.Range.Highest);
        var epcs = modelled.Select(pair => pair.Month.Epc).Prepend(planEpc).Distinct().Take(MaxModelEpcs);
        var bids = Enumerable.Range(0, ModelSteps + 1)
            .Select(step => from + (to - from) * step / ModelSteps)
            .Concat(epcs.Where(epc => epc >= from && epc <= to))
            .Select(currency.Round)
            .Where(bid => bid > 0)
            .Distinct()
            .Order();

        var samples = new List<Sample>();
        foreach (var bid in bids)
        {
            decimal clicks = 0, cost = 0, conversions = 0, value = 0;
            foreach (var (month, range) in modelled)
            {
                var (share, averageCpc) = TopOfPageModel.At(bid, month.LowTopOfPageBid!.Value, range);
                var won = month.Clicks * share;
                clicks += won;
                cost += won * averageCpc;
                conversions += won * month.ConversionRate;
                value += won * month.Epc;
            }
            samples.Add(new Sample(bid, clicks, cost, conversions, value));
        }
        return samples;
    }

    static SpendCurve Curve(CurveBasis basis, string note, List<Sample> samples, Currency currency)
    {
        var points = new List<SpendCurvePoint>(samples.Count);
        var best = -1;
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            points.Add(new SpendCurvePoint
            {
                MaxCpc = currency.Round(sample.MaxCpc),
                Clicks = RoiBudgetCalculator.Count(sample.Clicks),
                Cost = currency.Round(sample.Cost),
                Conversions = RoiBudgetCalculator.Count(sample.Conversions),
                Profit = currency.Round(sample.Profit),
                MarginalCpc = Marginal(i == 0 ? default : samples[i - 1], sample) is { } marginal ? currency.Round(marginal) : null,
            });
            if (best < 0 || sample.Profit >= samples[best].Profit)
                best = i;
        }
        var recommended = best >= 0 && samples[best].Profit > 0 ? Recommend(samples, best, points[best], currency) : null;
        if (recommended is null && samples.Count > 0)
            note += " No bid on the curve makes a profit.";
        return new SpendCurve { Basis = basis, Note = note, Points = points, Recommended = recommended };
    }

    static decimal? Marginal(Sample before, Sample after) =>
        after.Clicks > before.Clicks ? RoiBudgetCalculator.Divide(after.Cost - before.Cost, after.Clicks - before.Clicks) : null;

    static RecommendedSpend Recommend(List<Sample> samples, int best, SpendCurvePoint point, Currency currency)
    {
        var before = best == 0 ? default : samples[best - 1];
        var at = samples[best];
        var lastDollar = RoiBudgetCalculator.Ratio(at.Value - before.Value, at.Cost - before.Cost);
        var note = $"A max CPC of {point.MaxCpc} {currency.Code} makes the most profit: {point.Profit} {currency.Code} a month.";
        if (point.MarginalCpc is { } marginal && RoiBudgetCalculator.Divide(at.Value - before.Value, at.Clicks - before.Clicks) is { } earned)
        {
            note += $" Its last clicks cost {marginal} each and earn {currency.Round(earned)} each";
            note += lastDollar is { } dollar ? $", so the last dollar brings back {dollar:0.00##}." : ".";
        }
        if (best + 1 < samples.Count && Marginal(at, samples[best + 1]) is { } next)
            note += $" The next bid's extra clicks would cost {currency.Round(next)} each.";
        return new RecommendedSpend
        {
            MaxCpc = point.MaxCpc,
            Clicks = point.Clicks,
            Cost = point.Cost,
            Conversions = point.Conversions,
            Profit = point.Profit,
            MarginalCpc = point.MarginalCpc,
            LastDollarEarns = lastDollar,
            Note = note,
        };
    }
}
