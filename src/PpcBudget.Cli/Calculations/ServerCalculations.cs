using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using PpcBudget.Cli.Files;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Json;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;
using Refit;

namespace PpcBudget.Cli.Calculations;

/// <summary>
/// A running PpcBudget service does the work; its 400 answers name the same fields the local validators do. A service
/// with API keys gets the key from the <see cref="ApiKeyVariable"/> environment variable — a secret comes from
/// configuration, never from the command line, where shell histories and process lists would keep it — and the key
/// is never printed.
/// </summary>
sealed class ServerCalculations(Uri server) : IBudgetCalculations
{
    public const string ApiKeyVariable = "PPCBUDGET_API_KEY";

    // Strict both ways: the tool and the service ship from one repository, so a field the tool does not know
    // means they have drifted apart, and that should be loud rather than silently dropped.
    readonly IPpcBudgetApi _api = RestService.For<IPpcBudgetApi>(Client(server),
        new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(StrictJson.Options) });

    static HttpClient Client(Uri server)
    {
        var client = new HttpClient { BaseAddress = server };
        if (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public Task<TestingBudget> TestingAsync(TestingPlan plan, Download? download, CancellationToken ct) => download is null
        ? Call(() => _api.CalculateTestingBudget(plan, ct))
        : Call(() => _api.CalculateTestingBudgetFromFile(Body(download), Settings(plan), ct));

    public Task<RoiReport> RoiAsync(RoiPlan plan, Download? download, CancellationToken ct) => download is null
        ? Call(() => _api.CalculateRoi(plan, ct))
        : Call(() => _api.CalculateRoiFromFile(Body(download), Settings(plan), ct));

    /// <summary>The download's bytes as they are: the service reads them as the tool did (the BOM decides the charset).</summary>
    static ByteArrayContent Body(Download download)
    {
        var body = new ByteArrayContent(download.Content);
        body.Headers.ContentType = new MediaTypeHeaderValue(download.Reading.Separator == '\t' ? "text/tab-separated-values" : "text/csv");
        return body;
    }

    /// <summary>A plan's settings as the query of a file body: each JSON field by name, a list comma-separated; the keywords come from the file.</summary>
    static Dictionary<string, string> Settings(Plan plan) =>
        JsonSerializer.SerializeToNode(plan with { Keywords = null }, plan.GetType(), StrictJson.Options)!.AsObject()
            .Where(field => field.Value is not null)
            .ToDictionary(field => field.Key, field => field.Value switch
            {
                JsonArray list => string.Join(',', list.Select(entry => entry!.ToString())),
                JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
                var value => value!.ToJsonString(),
            });

    public Task<BudgetCheckReport> CheckAsync(BudgetCheckRequest request, CancellationToken ct) => Call(() => _api.CheckBudget(request, ct));

    async Task<T> Call<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.BadRequest && Errors(exception.Content) is { Count: > 0 } failures)
        {
            throw new ValidationFailedException(failures);
        }
        catch (ApiException exception) when (exception.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new BadInputException("--server", $"{server} wants an API key it knows: "
                + (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 }
                    ? $"the one in {ApiKeyVariable} is not one of its keys."
                    : $"set the environment variable {ApiKeyVariable} to one (a CI secret), not an option on the command line."));
        }
        catch (ApiException exception)
        {
            throw new BadInputException("--server", $"{server} answered {(int)exception.StatusCode} {exception.ReasonPhrase}: {exception.Content}");
        }
        catch (ApiRequestException exception)
        {
            throw new BadInputException("--server", $"could not reach {server}: {exception.InnerException?.Message ?? exception.Message}");
        }
    }

    /// <summary>The <c>errors</c> of an RFC 9457 validation problem: field → messages.</summary>
    static List<FieldFailure> Errors(string? problem)
    {
        try
        {
            return JsonNode.Parse(problem ?? "")?["errors"]?.AsObject()
                .SelectMany(field => field.Value!.AsArray().Select(message => new FieldFailure(field.Key, message!.GetValue<string>())))
                .ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
