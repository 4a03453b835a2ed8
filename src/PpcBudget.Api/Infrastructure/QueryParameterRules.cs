using System.Collections.Concurrent;
using System.Reflection;
using FastEndpoints;
using FluentValidation.Results;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Api.Infrastructure.QueryForms;

namespace PpcBudget.Api.Infrastructure;

/// <summary>
/// Checks the query string before any endpoint runs. A parameter nothing reads would otherwise be ignored, and a typo
/// such as <c>conversionrat=0.02</c> would silently answer at the default rate; <c>format</c> and <c>field</c> must
/// name something we can write.
/// </summary>
public sealed class QueryParameterRules : IGlobalPreProcessor
{
    static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> QueryableByRequestType = new();

    public async Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var format = AnswerFormats.Requested(http.Request);
        // The usual request has no query string and asks for JSON or text, which every answer has: nothing below can fail for it.
        if (!http.Request.QueryString.HasValue && format is AnswerFormat.Json or AnswerFormat.Text)
            return;
        var query = http.Request.Query;
        var definition = http.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>();
        if (definition is null)
            return;

        var failures = new List<ValidationFailure>();
        var (known, notKnown) = Parameters(http.Request, definition.ReqDtoType);
        failures.AddRange(query.Keys
            .Where(name => !known.Contains(name, StringComparer.OrdinalIgnoreCase) && !EveryEndpointTakes.Contains(name, StringComparer.OrdinalIgnoreCase))
            .Select(name => new ValidationFailure(name, notKnown)));

        // currency= is a value left out by mistake (an empty spreadsheet cell), never a request for the default.
        failures.AddRange(query
            .Where(parameter => parameter.Value.All(string.IsNullOrWhiteSpace)
                                && !parameter.Key.Equals(ApiKeys.QueryParameter, StringComparison.OrdinalIgnoreCase))
            .Select(parameter => new ValidationFailure(parameter.Key,
                "is empty: give it a value, or leave the parameter out to take its default.")));

        failures.AddRange(QueryStrings.NotUtf8(http.Request.QueryString.Value).Distinct().Select(name => new ValidationFailure(name,
            "is not valid UTF-8 once its %-escapes are decoded; a spreadsheet's ENCODEURL() writes it right.")));

        if (format is AnswerFormat.Csv or AnswerFormat.Tsv && !typeof(Core.Tables.ITabular).IsAssignableFrom(definition.ResDtoType))
            failures.Add(new ValidationFailure(AnswerFormats.FormatParameter,
                "this answer has no table shape; use json, or text (with field= for one value)."));
        if (format?.IsPicture() == true && (AnswerPictures.For(http.RequestServices, definition.ResDtoType) is null || IsFileBody(http.Request)))
            failures.Add(new ValidationFailure(AnswerFormats.FormatParameter,
                "this answer has no picture (only the ROI answer of a JSON or query plan draws its spend curve); use json, csv, tsv or text."));
        if (format is null && query.ContainsKey(AnswerFormats.FormatParameter))
            failures.Add(new ValidationFailure(AnswerFormats.FormatParameter,
                $"'{query[AnswerFormats.FormatParameter]}' is not a format; use json, csv, tsv or text (svg or png draw the ROI answer's spend curve)."));
        else if (format is null)
            failures.Add(new ValidationFailure("Accept",
                "names no format this service writes; accept application/json, text/csv, text/tab-separated-values or text/plain, or use format=."));

        if (query.TryGetValue(AnswerFormats.FieldParameter, out var field))
        {
            var fields = AnswerFields.Of(definition.ResDtoType);
            if (format != AnswerFormat.Text)
                failures.Add(new ValidationFailure(AnswerFormats.FieldParameter, "goes with format=text, which answers that one value."));
            else if (!fields.Contains(field.ToString(), StringComparer.OrdinalIgnoreCase))
                failures.Add(new ValidationFailure(AnswerFormats.FieldParameter,
                    $"'{field}' is not a field of this answer; the fields are: {string.Join(", ", fields)}."));
        }

        if (query.TryGetValue(AnswerFormats.TableParameter, out var table))
        {
            var tables = NamedTables(definition.ResDtoType);
            if (format is not (AnswerFormat.Csv or AnswerFormat.Tsv or AnswerFormat.Text))
                failures.Add(new ValidationFailure(AnswerFormats.TableParameter, "goes with format=csv, tsv or text, which write tables."));
            else if (!tables.Contains(table.ToString(), StringComparer.Ordinal))
                failures.Add(new ValidationFailure(AnswerFormats.TableParameter, tables.Count == 0
                    ? $"'{table}' is not a table of this answer, which has one table: leave table out."
                    : $"'{table}' is not a table of this answer; the tables are: {string.Join(", ", tables)}."));
            else if (IsFileBody(http.Request))
                failures.Add(new ValidationFailure(AnswerFormats.TableParameter,
                    "goes with a JSON or query plan: a plan sent as a file answers its main table only."));
        }

        if (failures.Count == 0)
            return;
        // When validation already failed (a query value its binder could not read, say), FastEndpoints or the plan endpoint's
        // handler sends these failures with its own; otherwise we send them, alone.
        var validationAlreadyFailed = context.HasValidationFailures;
        context.ValidationFailures.AddRange(failures);
        var onlyAcceptFailed = failures.TrueForAll(failure => failure.PropertyName == "Accept");
        if (!validationAlreadyFailed && !http.ResponseStarted())
            await http.Response.SendErrorsAsync(context.ValidationFailures,
                onlyAcceptFailed ? StatusCodes.Status406NotAcceptable : StatusCodes.Status400BadRequest, cancellation: ct);
    }

    /// <summary>
    /// A file as the body: a CSV plan, or a download from Google Ads, Keyword Planner or Microsoft Advertising, sent as
    /// text/csv or text/tab-separated-values (the bytes as downloaded), or uploaded by a browser as multipart/form-data.
    /// Its settings come from the query.
    /// </summary>
    public static bool IsFileBody(HttpRequest request) =>
        request.ContentType is { } type
        && (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/tab-separated-values", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));

    /// <summary>The parameters the query of any request may carry, besides its own: they say how to answer, and who asks.</summary>
    static readonly string[] EveryEndpointTakes =
        [AnswerFormats.FormatParameter, AnswerFormats.FieldParameter, AnswerFormats.TableParameter, ApiKeys.QueryParameter];

    /// <summary>
    /// The parameters a request's query may set, as its binder reads them (<see cref="RequestQuery"/>), and what an
    /// unknown one is told: a GET's whole request; a plan sent as a file, its settings; a JSON body, nothing.
    /// </summary>
    static (IReadOnlyList<string> Known, string NotKnown) Parameters(HttpRequest request, Type requestType)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            var known = QueryableByRequestType.GetOrAdd(requestType, type => RequestQuery.All(type).Select(parameter => parameter.Name).ToList());
            return (known, $"is not a parameter of this endpoint; the parameters are: {string.Join(", ", known)}, format, field.");
        }
        if (RequestQuery.IsPlan(requestType) && IsFileBody(request))
            return (RequestQuery.Fields(requestType).Select(parameter => parameter.Name).ToList(),
                "is not a setting of this endpoint; keyword values go in the CSV body's columns.");
        return ([], "is not a parameter of this endpoint: it takes its input from the body (only format and field go in the query).");
    }

    /// <summary>The tables an answer has besides its main one (<see cref="Core.Tables.INamedTables"/>), by its type.</summary>
    static IReadOnlyList<string> NamedTables(Type answerType) =>
        answerType.GetInterfaces().Contains(typeof(Core.Tables.INamedTables))
            ? (IReadOnlyList<string>)answerType.GetProperty(nameof(Core.Tables.INamedTables.TableNames), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!
            : [];

}
