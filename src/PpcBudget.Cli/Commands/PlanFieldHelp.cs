using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PpcBudget.Core.Plans;

namespace PpcBudget.Cli.Commands;

/// <summary>
/// A plan option's help: the plan field's own documentation (the summary the service's OpenAPI document shows), read
/// from Core's XML documentation, with a field it names (<c>averageSale</c>) written as its option (<c>--average-sale</c>).
/// Without the documentation file the options still work, with no help text.
/// </summary>
static partial class PlanFieldHelp
{
    static readonly Lazy<Dictionary<string, string>> Summaries = new(Load);

    public static string? For(PropertyInfo field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Summaries.Value.TryGetValue($"P:{field.DeclaringType!.FullName}.{field.Name}", out var summary))
            return null;
        var help = CodeName().Replace(summary, code => Option(code.Groups[1].Value));
        // How a value is typed, as the option reads it.
        if (field.IsDefined(typeof(RateAttribute)))
            return $"{help} A fraction (0.02) or a percent (2%).";
        return field.PropertyType == typeof(IReadOnlyList<string>) ? $"{help} Comma-separated, or the option repeated." : help;
    }

    /// <summary>A plan field named in code is the option that sets it; any other name stays as written.</summary>
    static string Option(string name) => typeof(BudgetPlan).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } field
        ? "--" + JsonNamingPolicy.KebabCaseLower.ConvertName(field.Name)
        : name;

    static Dictionary<string, string> Load()
    {
        var path = Path.ChangeExtension(typeof(Plan).Assembly.Location, ".xml");
        if (!File.Exists(path))
            return new Dictionary<string, string>();
        return XDocument.Load(path).Descendants("member")
            .Where(member => member.Element("summary") is not null)
            .ToDictionary(member => (string)member.Attribute("name")!, member => Text(member.Element("summary")!));
    }

    /// <summary>The summary as plain text: <c>&lt;c&gt;x&lt;/c&gt;</c> kept as a marked name, a <c>see</c> as its last name, spaces folded.</summary>
    static string Text(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XElement { Name.LocalName: "c" } code => $"<c>{code.Value}</c>",
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.', ':').Last() ?? see.Value,
            XElement element => element.Value,
            _ => node.ToString(),
        }));
        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex(@"<c>([^<]*)</c>")]
    private static partial Regex CodeName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
