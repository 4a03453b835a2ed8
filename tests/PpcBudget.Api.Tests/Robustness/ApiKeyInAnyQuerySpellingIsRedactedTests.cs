using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Api.Features.Epc;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// With ASP.NET Core logging at Information (request start and finish lines carry the path and query), a key sent in
/// the query under any spelling of apiKey (percent-encoded, any case, with + or %20, repeated) never reaches a log
/// line verbatim: the name is judged once decoded, so what the server reads as a key is masked, and so is every near miss.
/// </summary>
public sealed class ApiKeyInAnyQuerySpellingIsRedactedTests
{
    public static TheoryData<string> Spellings => new()
    {
        "apiKey", "APIKEY", "ApiKey", "apikey", "%61piKey", "api%4Bey", "%61%70%69%4b%65%79", "%41%50%49%4B%45%59",
        "+apiKey", "apiKey+", "api+Key", "%20apiKey", "api%20Key", "apiKey%20", "%2561piKey",
    };

    static readonly Dictionary<string, string?> Keys = new() { ["Auth:ApiKeys:0"] = "the-configured-key-0001" };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task AKeyInTheQueryUnderThisSpellingIsNeverLogged(string name)
    {
        foreach (var settings in (Dictionary<string, string?>[])[new(), Keys])
        {
            await using var api = PpcBudgetApi.With(new Dictionary<string, string?>(settings) { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information" });
            var client = api.CreateClient();
            string[] targets =
            [
                $"{EpcEndpoint.Route}?customerValue=100&{name}=SECRET-A-{settings.Count}",
                $"{EpcEndpoint.Route}?{name}=SECRET-B-{settings.Count}&customerValue=100&{name}=SECRET-C-{settings.Count}",
                $"{TestingBudgetEndpoint.Route}?keywords=coffee%20shop&format=csv&{name}=SECRET-D-{settings.Count}",
                $"/v1/nothing-here?{name}=SECRET-E-{settings.Count}",
                $"{EpcEndpoint.Route}?customerValue=abc;{name}=SECRET-F-{settings.Count}",
            ];
            foreach (var target in targets)
                (await client.GetAsync(new Uri(target, UriKind.Relative))).Dispose();

            var logs = api.Logs.Lines.ToList();
            Assert.Contains(logs, line => line.Contains("Request starting", StringComparison.Ordinal));
            var leak = logs.FirstOrDefault(line => line.Contains("SECRET-", StringComparison.Ordinal));
            Assert.True(leak is null, $"Logged verbatim ({settings.Count} keys configured): {leak}");
        }
    }
}
