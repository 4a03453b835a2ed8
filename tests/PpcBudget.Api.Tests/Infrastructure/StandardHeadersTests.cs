using System.Net;
using System.Text;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>
/// Every answer, whatever its status or format, carries nosniff and no-store (a key may ride in the URL) and, with CORS
/// on, Vary: Origin; a path or method the service does not have is problem details whatever the Accept header says.
/// </summary>
public sealed class StandardHeadersTests
{
    static readonly string[] Accepts = ["application/json", "text/csv", "text/html", "*/*", "text/plain", "image/png"];

    static IEnumerable<HttpRequestMessage> Requests()
    {
        yield return new(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100");
        yield return new(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=100&format=text");
        yield return new(HttpMethod.Get, $"{TestingBudgetEndpoint.Route}?keywords=coffee%20shop&format=csv&apiKey=k");
        yield return new(HttpMethod.Get, $"{EpcEndpoint.Route}?customerValue=-1");
        yield return new(HttpMethod.Post, TestingBudgetEndpoint.Route) { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        yield return new(HttpMethod.Post, TestingBudgetEndpoint.Route) { Content = new StringContent("x", Encoding.UTF8, "application/xml") };
        yield return new(HttpMethod.Get, "/healthz");
        yield return new(HttpMethod.Get, "/readyz");
        yield return new(HttpMethod.Get, "/swagger/v1/swagger.json");
        foreach (var accept in Accepts)
        {
            yield return WithAccept(new(HttpMethod.Get, "/v1/nothing-here?apiKey=k"), accept);
            yield return WithAccept(new(HttpMethod.Delete, TestingBudgetEndpoint.Route), accept);
            yield return WithAccept(new(HttpMethod.Put, $"{EpcEndpoint.Route}?customerValue=100"), accept);
        }
    }

    static HttpRequestMessage WithAccept(HttpRequestMessage request, string accept)
    {
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    [Fact]
    public async Task EveryAnswerCarriesNosniffNoStoreAndVaryOrigin()
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://script.google.com" });
        var client = api.CreateClient();
        var wrong = new List<string>();

        foreach (var request in Requests())
        {
            using (request)
            {
                var target = $"{request.Method} {request.RequestUri} (Accept: {request.Headers.Accept})";
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) || !sniff.Contains("nosniff"))
                    wrong.Add($"{target} → {status}: no X-Content-Type-Options: nosniff");
                if (response.Headers.CacheControl?.NoStore != true)
                    wrong.Add($"{target} → {status}: no Cache-Control: no-store");
                if (!response.Headers.Vary.Contains("Origin"))
                    wrong.Add($"{target} → {status}: no Vary: Origin");
                if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed
                    && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    wrong.Add($"{target} → {status} as {response.Content.Headers.ContentType}, not problem details");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
