using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PpcBudget.Cli.Files;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Json;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;
using Refit;

namespace PpcBudget.Cli.Calculations;

/// <summary>A running PpcBudget service does the work; its 400 answers name the same fields the local validators do.</summary>
sealed class ServerCalculations(Uri server) : IBudgetCalculations
{
    // Strict both ways: the tool and the service ship from one repository, so a field the tool does not know
    // means they have drifted apart, and that should be loud rather than silently dropped.
    readonly IPpcBudgetApi _api = RestService.For<IPpcBudgetApi>(
        new HttpClient { BaseAddress = server },
        new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(StrictJson.Options) });

    public Task<TestingBudget> TestingAsync(TestingPlan plan, CancellationToken ct) => Call(() => _api.CalculateTestingBudget(plan, ct));

    public Task<RoiReport> RoiAsync(RoiPlan plan, CancellationToken ct) => Call(() => _api.CalculateRoi(plan, ct));

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
