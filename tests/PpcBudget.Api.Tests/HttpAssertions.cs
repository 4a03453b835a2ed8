using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PpcBudget.Api.Tests;

public static class HttpAssertions
{
    public static async Task<JsonNode> ReadOkJson(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts an RFC 9457 answer with the given status, and returns its <c>errors</c> by field.</summary>
    public static async Task<Dictionary<string, string[]>> ReadProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        return problem["errors"]?.Deserialize<Dictionary<string, string[]>>() ?? [];
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string route, string json) =>
        client.PostAsync(route, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostAsJson<T>(this HttpClient client, string route, T body) =>
        client.PostAsJsonAsync(route, body);

    public static decimal Money(this JsonNode? node) => node!.GetValue<decimal>();
}
