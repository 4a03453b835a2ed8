using Microsoft.Net.Http.Headers;

namespace PpcBudget.Api.Infrastructure.Formats;

/// <summary>
/// How an answer is written. A spreadsheet cannot set headers, so <c>format=</c> in the query decides; without it the
/// Accept header does; without either, JSON.
/// </summary>
public enum AnswerFormat { Json, Csv, Tsv, Text, Svg, Png }

/// <summary>What a request asks its answer to be: a format, and for text, the one field wanted (empty for all).</summary>
public readonly record struct AnswerRequest(AnswerFormat Format, string Field)
{
    public static AnswerRequest Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(AnswerFormats.Requested(request) ?? AnswerFormat.Json, request.Query[AnswerFormats.FieldParameter].ToString());
    }
}

public static class AnswerFormats
{
    public const string FormatParameter = "format";
    public const string FieldParameter = "field";
    public const string TableParameter = "table";

    public static readonly IReadOnlyDictionary<string, AnswerFormat> ByName = new Dictionary<string, AnswerFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = AnswerFormat.Json,
        ["csv"] = AnswerFormat.Csv,
        ["tsv"] = AnswerFormat.Tsv,
        ["text"] = AnswerFormat.Text,
        ["svg"] = AnswerFormat.Svg,
        ["png"] = AnswerFormat.Png,
    };

    static readonly (string MediaType, AnswerFormat Format)[] ByMediaType =
    [
        ("application/json", AnswerFormat.Json),
        ("text/csv", AnswerFormat.Csv),
        ("text/tab-separated-values", AnswerFormat.Tsv),
        ("text/plain", AnswerFormat.Text),
        ("application/*", AnswerFormat.Json),
        ("*/*", AnswerFormat.Json),
    ];

    public static string ContentType(AnswerFormat format) => format switch
    {
        AnswerFormat.Csv => "text/csv; charset=utf-8",
        AnswerFormat.Tsv => "text/tab-separated-values; charset=utf-8",
        AnswerFormat.Text => "text/plain; charset=utf-8",
        AnswerFormat.Svg => "image/svg+xml",
        AnswerFormat.Png => "image/png",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>The format asked for, or null when the request asks only for formats we do not write.</summary>
    public static AnswerFormat? Requested(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.QueryString.HasValue && request.Query.TryGetValue(FormatParameter, out var format))
            return ByName.TryGetValue(format.ToString(), out var named) ? named : null;

        // Most calls name no format or the usual ones: answered without parsing the header (this runs twice a request).
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || (accept.Count == 1 && accept[0] is "*/*" or "application/json"))
            return AnswerFormat.Json;
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
            return AnswerFormat.Json;
        foreach (var media in accepted.OrderByDescending(media => media.Quality ?? 1))
            foreach (var (mediaType, answerFormat) in ByMediaType)
                if (media.MatchesMediaType(mediaType) || new MediaTypeHeaderValue(mediaType).IsSubsetOf(media))
                    return answerFormat;
        return null;
    }
}
