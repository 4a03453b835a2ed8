using System.CommandLine;
using PpcBudget.Cli.Calculations;
using PpcBudget.Cli.Files;
using PpcBudget.Cli.Output;
using PpcBudget.Core.Estimates;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Commands;

/// <summary>What every command takes: the plan file, the output format, an optional server, and plan settings.</summary>
sealed class PlanOptions
{
    readonly Argument<string> _plan = new("PLAN")
    {
        Description = "The plan: a JSON plan file (see seeds/plan.schema.json), a CSV keyword list (keyword,cpc[,conversionRate,monthlySearches,clicks,conversions]), "
                      + "or a file downloaded from Keyword Planner, Google Ads (search keyword or search terms report) or Microsoft Advertising.",
    };

    readonly Option<OutputFormat> _format = new("--format", "-f")
    {
        Description = "table (aligned text), json (the API's answer), csv (one row per keyword) or markdown (for a PR comment or step summary).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public PlanOptions() =>
        _format.AcceptOnlyFromAmong(Enum.GetNames<OutputFormat>().Select(name => name.ToLowerInvariant()).ToArray());

    readonly Option<Uri?> _server = new("--server")
    {
        Description = "Send the plan to the PpcBudget service at this URL instead of calculating here, e.g. http://localhost:5080.",
        CustomParser = result => Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : OptionValues.Refuse<Uri>(result, $"'{result.Tokens.Single().Value}' is not an http or https URL."),
    };

    readonly Option<string?> _currency = new("--currency") { Description = "ISO 4217 code of every amount (default USD)." };
    readonly Option<decimal?> _conversionRate = new("--conversion-rate")
    {
        Description = "Share of clicks that become a sale: 0.02 or 2% (default 1%).", CustomParser = OptionValues.Rate,
    };
    readonly Option<decimal?> _clickThroughRate = new("--click-through-rate")
    {
        Description = "Share of searches that click the ad: 0.02 or 2% (default 1%); with monthly searches, the months a test needs and the traffic the ROI budget buys.",
        CustomParser = OptionValues.Rate,
    };
    readonly Option<int?> _months = new("--months")
    {
        Description = "Months the test budget is spread over, 1 to 120 (default 1).", CustomParser = OptionValues.WholeNumber,
    };

    readonly Option<int?> _salesPerKeyword = new("--sales-per-keyword")
    {
        Description = "Sales each keyword must bring in its test (default 1).", CustomParser = OptionValues.WholeNumber,
    };
    readonly Option<decimal?> _customerValue = new("--customer-value")
    {
        Description = "ROI: what one customer is worth after fulfilment.", CustomParser = OptionValues.Number,
    };

    readonly Option<decimal?> _averageSale = new("--average-sale")
    {
        Description = "ROI: average spend of one customer, with --fulfillment-cost.", CustomParser = OptionValues.Number,
    };

    readonly Option<decimal?> _fulfillmentCost = new("--fulfillment-cost")
    {
        Description = "ROI: what fulfilling one sale costs (default 0).", CustomParser = OptionValues.Number,
    };

    readonly Option<decimal?> _targetMargin = new("--target-margin")
    {
        Description = "ROI: share of the earnings per click to keep: 0.2 or 20%.", CustomParser = OptionValues.Rate,
    };

    readonly Option<CpcBasis?> _cpcBasis = new("--cpc-basis")
    {
        Description = "Which bid stands in for a CPC the plan leaves out: average (default; the midpoint of a Keyword Planner range), low or high.",
        CustomParser = OptionValues.Choice<CpcBasis>,
        HelpName = OptionValues.ChoicesOf<CpcBasis>(),
    };

    readonly Option<EstimateSource?> _estimateSource = new("--estimate-source")
    {
        Description = "Where estimates for CPCs the plan leaves out come from: googleAds or seed (default: Google Ads when the service has it, "
                      + "then the seed table; here, without --server, the seed table).",
        CustomParser = OptionValues.Choice<EstimateSource>,
        HelpName = OptionValues.ChoicesOf<EstimateSource>(),
    };

    readonly Option<string?> _language = new("--language")
    {
        Description = "Google Ads language for estimates (default languageConstants/1000, English).",
    };

    readonly Option<string[]?> _geoTargets = new("--geo-targets")
    {
        Description = "Google Ads locations for estimates, up to 10, comma-separated or repeated (default geoTargetConstants/2840, United States).",
        CustomParser = OptionValues.List,
    };

    readonly Option<bool> _skipUnknownKeywords = new("--skip-unknown-keywords")
    {
        Description = "Leave out (and list) keywords with no CPC, no bid and no estimate, instead of failing: the service's skipUnknownKeywords.",
    };

    /// <summary>The options that set plan fields, each the field of its name (see <see cref="PlanOption.FieldOf"/>).</summary>
    Option[] PlanFields => [_currency, _conversionRate, _clickThroughRate, _months, _salesPerKeyword,
                            _customerValue, _averageSale, _fulfillmentCost, _targetMargin, _cpcBasis, _skipUnknownKeywords,
                            _estimateSource, _language, _geoTargets];

    public void AddTo(Command command)
    {
        command.Add(_plan);
        foreach (var option in (Option[])[_format, _server, .. PlanFields])
            command.Add(option);
    }

    public string PlanPath(ParseResult parse) => parse.GetRequiredValue(_plan);

    public PlanFile Load(ParseResult parse)
    {
        var values = new BudgetPlan();
        var options = PlanFields.Select(option =>
        {
            var field = PlanOption.FieldOf(option.Name)
                        ?? throw new InvalidOperationException($"{option.Name} names no plan field; a plan option is the field's name in kebab case.");
            var value = parse.GetResult(option) is { Implicit: false } result ? result.GetValueOrDefault<object?>() : null;
            // A flag's absence is no setting at all: the plan's own value (or its default) stands.
            var given = value is not (null or false);
            if (given)
                field.SetValue(values, value);
            return new PlanOption(option.Name, field, given);
        }).ToList();
        return PlanFile.Load(PlanPath(parse), new GivenSettings(values, options));
    }

    public OutputFormat Format(ParseResult parse) => parse.GetValue(_format);

    public IBudgetCalculations Calculations(ParseResult parse) => BudgetCalculations.For(parse.GetValue(_server));
}
