namespace PpcBudget.Api.Tests.Infrastructure;

/// <summary>The calculator page is served at / as plain files, each with its content type, not sniffed, held to its origin.</summary>
[Collection(SharedApi.Name)]
public sealed class CalculatorPageTests(PpcBudgetApi api)
{
    readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task RootAnswersThePageAsHtml()
    {
        var response = await _client.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>PpcBudget", page);
        Assert.Contains("""<script type="module" src="js/page.js"></script>""", page);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/page.js", "text/javascript")]
    [InlineData("/js/api.js", "text/javascript")]
    [InlineData("/css/site.css", "text/css")]
    public async Task EachFileHasItsContentTypeAndIsNotSniffed(string path, string mediaType)
    {
        var response = await _client.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task ThePageMayLoadAndCallOnlyItsOwnOrigin()
    {
        var response = await _client.GetAsync("/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self';", policy);
    }

    [Fact]
    public async Task AMissingFileIsStillA404()
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/js/missing.js")).StatusCode);
    }
}
