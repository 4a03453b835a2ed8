using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>
/// The document tells the truth about its own examples: each operation is sent as the document describes it (its
/// parameters' and properties' examples, in each request content type it lists) and must be accepted, with a status and
/// a content type the document declares for that answer.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class DocumentedExamplesTests(PpcBudgetApi api, ITestOutputHelper output)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task EveryDocumentedExampleIsAcceptedWithADocumentedAnswer()
    {
        var document = await (await _client.GetAsync("/swagger/v1/swagger.json")).ReadOkJson();
        var wrong = new List<string>();
        var sent = 0;

        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
                foreach (var (contentType, body) in Bodies(document, operation!))
                {
                    var target = path + QueryOf(document, operation!, contentType);
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), new Uri(target, UriKind.Relative));
                    if (contentType == "multipart/form-data")
                        request.Content = new MultipartFormDataContent
                        {
                            // An upload carries the file the text/csv body would: the operation's own CSV example.
                            { new StringContent(operation!["requestBody"]!["content"]!["text/csv"]!["example"]!.GetValue<string>()), "file", "plan.csv" },
                        };
                    else if (body is not null)
                        request.Content = new StringContent(body, Encoding.UTF8, contentType!);
                    using var response = await _client.SendAsync(request);
                    sent++;
                    var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                    var answer = await response.Content.ReadAsStringAsync();
                    var what = $"{method.ToUpperInvariant()} {target} ({contentType ?? "no body"})";
                    if (response.StatusCode != HttpStatusCode.OK)
                        wrong.Add($"{what}: {status} {answer[..Math.Min(answer.Length, 400)]}\n  sent: {body}");
                    var declared = operation!["responses"]?[status]?["content"]?.AsObject().Select(media => media.Key).ToList();
                    var mediaType = response.Content.Headers.ContentType?.MediaType;
                    if (declared is null)
                        wrong.Add($"{what}: {status} is not a documented answer");
                    else if (mediaType is not null && !declared.Contains(mediaType))
                        wrong.Add($"{what}: {status} as {mediaType}, documented as {string.Join(", ", declared)}");
                }

        output.WriteLine($"{sent} documented examples sent.");
        Assert.True(sent >= 10, $"Only {sent} examples were found in the document.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Each request content type the operation lists, with its example; one request without a body when it takes none.</summary>
    static IEnumerable<(string? ContentType, string? Body)> Bodies(JsonNode document, JsonNode operation)
    {
        if (operation["requestBody"]?["content"] is not JsonObject content)
        {
            yield return (null, null);
            yield break;
        }
        foreach (var (contentType, media) in content)
            yield return (contentType, media!["example"] is { } example
                ? example.GetValueKind() == System.Text.Json.JsonValueKind.String ? example.GetValue<string>() : example.ToJsonString()
                : ExampleOf(document, media["schema"])?.ToJsonString());
    }

    /// <summary>The query parameters that have examples; those only for a CSV body only when the body is CSV.</summary>
    static string QueryOf(JsonNode document, JsonNode operation, string? contentType)
    {
        var pairs = new List<string>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            if (parameter!["in"]?.GetValue<string>() != "query")
                continue;
            var fileOnly = parameter["description"]?.GetValue<string>().StartsWith("With a file body only", StringComparison.Ordinal) == true;
            if (fileOnly && contentType is not ("text/csv" or "text/tab-separated-values" or "multipart/form-data"))
                continue;
            var example = parameter["example"] ?? ExampleOf(document, parameter["schema"]);
            if (example is null)
                continue;
            var value = example switch
            {
                JsonArray list => string.Join(",", list.Select(entry => entry!.ToString())),
                _ => example.ToString(),
            };
            pairs.Add($"{parameter["name"]}={Uri.EscapeDataString(value)}");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    /// <summary>An instance made of the schema's examples: an object of its properties that have one, a list of one item.</summary>
    static JsonNode? ExampleOf(JsonNode document, JsonNode? schema, int depth = 0)
    {
        if (schema is null || depth > 8)
            return null;
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            return ExampleOf(document, document["components"]!["schemas"]![reference.Split('/')[^1]], depth + 1);
        if (schema["example"] is { } example)
            return example.DeepClone();
        if ((schema["anyOf"] ?? schema["oneOf"] ?? schema["allOf"]) is JsonArray choices)
            return choices.Select(choice => ExampleOf(document, choice, depth + 1)).FirstOrDefault(found => found is not null);
        var type = schema["type"]?.ToJsonString() ?? "";
        if (type.Contains("array", StringComparison.Ordinal))
            return ExampleOf(document, schema["items"], depth + 1) is { } item ? new JsonArray(item) : null;
        if (schema["properties"] is JsonObject properties)
        {
            var instance = new JsonObject();
            foreach (var (name, property) in properties)
                if (ExampleOf(document, property, depth + 1) is { } value)
                    instance[name] = value;
            return instance.Count == 0 ? null : instance;
        }
        return null;
    }
}
