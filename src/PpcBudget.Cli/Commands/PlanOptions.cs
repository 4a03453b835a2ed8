using System.CommandLine;
using System.Reflection;
using System.Text.Json;
using PpcBudget.Cli.Calculations;
using PpcBudget.Cli.Files;
using PpcBudget.Cli.Output;
using PpcBudget.Core.Json;
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
        Description = "Send the plan to the PpcBudget service at this URL instead of calculating here, e.g. http://localhost:5080. "
                      + $"A service with API keys takes the key from the environment variable {ServerCalculations.ApiKeyVariable}.",
        CustomParser = result => Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : OptionValues.Refuse<Uri>(result, $"'{result.Tokens.Single().Value}' is not an http or https URL."),
    };

    /// <summary>
    /// Every setting a plan file takes (its JSON fields but the keywords), as an option of its name in kebab case
    /// (<c>clickThroughRate</c> → <c>--click-through-rate</c>), read by its type as the service reads a query value and
    /// described by the plan's own documentation: a setting added to the plan is an option, with its help, and nothing
    /// here names it.
    /// </summary>
    readonly IReadOnlyList<(Option Option, PropertyInfo Field)> _planFields = StrictJson.Options.GetTypeInfo(typeof(BudgetPlan)).Properties
        .Where(property => property.Set is not null && property.Name != "keywords")
        .Select(property => (PropertyInfo)property.AttributeProvider!)
        .Select(field => (OptionValues.For(field, "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(field.Name), PlanFieldHelp.For(field)), field))
        .ToList();

    public void AddTo(Command command)
    {
        command.Add(_plan);
        foreach (var option in (Option[])[_format, _server, .. _planFields.Select(plan => plan.Option)])
            command.Add(option);
    }

    public string PlanPath(ParseResult parse) => parse.GetRequiredValue(_plan);

    public PlanFile Load(ParseResult parse)
    {
        var values = new BudgetPlan();
        var options = _planFields.Select(plan =>
        {
            var value = parse.GetResult(plan.Option) is { Implicit: false } result ? result.GetValueOrDefault<object?>() : null;
            // A flag's absence is no setting at all: the plan's own value (or its default) stands.
            var given = value is not (null or false);
            if (given)
                plan.Field.SetValue(values, value);
            return new PlanOption(plan.Option.Name, plan.Field, given);
        }).ToList();
        return PlanFile.Load(PlanPath(parse), new GivenSettings(values, options));
    }

    public OutputFormat Format(ParseResult parse) => parse.GetValue(_format);

    public IBudgetCalculations Calculations(ParseResult parse) => BudgetCalculations.For(parse.GetValue(_server));
}
