using System.Text.RegularExpressions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>One malformed request of the battery: what is sent, and which fields its 400 may name.</summary>
/// <param name="Name">Says which endpoint, what is wrong and the format asked for, so a failure reads on its own.</param>
/// <param name="Method">GET, POST, or one the route does not take.</param>
/// <param name="Target">Path and query exactly as sent, percent-encoding garbage included.</param>
public sealed record BadRequest(string Name, HttpMethod Method, string Target)
{
    /// <summary>The body's bytes, sent as they are (invalid UTF-8 included); null sends no body.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The Content-Type header, unvalidated; null sends a body without one.</summary>
    public string? ContentType { get; init; }

    public string? Accept { get; init; }

    /// <summary>
    /// A 400 must name one of these fields, in any case (a parameter sent as SOURCE may be named so); * stands for any
    /// text ("line 2: *"). Empty: any field.
    /// </summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, new Uri(Target, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (Accept is not null)
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        return message;
    }

    public bool IsNamedBy(IEnumerable<string> errorFields) =>
        errorFields.Any(field => Fields.Count == 0 || Fields.Any(expected => Matches(expected, field)));

    static bool Matches(string pattern, string field) =>
        Regex.IsMatch(field, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.Singleline | RegexOptions.IgnoreCase);

    public override string ToString() => Name;
}
