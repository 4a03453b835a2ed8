using FluentValidation.Results;

namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>
/// Validation failures as RFC 9457 problem details: <c>errors</c> maps each bad field to what is allowed. At most
/// <see cref="Core.Plans.Limits.MaxFailuresListed"/> failures are listed; <c>unlistedErrors</c> counts the rest.
/// </summary>
public static class ValidationProblems
{
    public const string Title = "The request is not valid.";

    public static HttpValidationProblemDetails Build(IReadOnlyCollection<ValidationFailure> failures, HttpContext http, int status)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(failures);
        var unlisted = Math.Max(0, failures.Count - Core.Plans.Limits.MaxFailuresListed);
        var errors = failures.Take(Core.Plans.Limits.MaxFailuresListed)
            .GroupBy(failure => failure.PropertyName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

        var problem = new HttpValidationProblemDetails(errors)
        {
            Type = status == StatusCodes.Status406NotAcceptable
                ? "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.7"
                : "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1",
            Title = status == StatusCodes.Status406NotAcceptable ? "No format asked for is one this service writes." : Title,
            Status = status,
            Detail = string.Join(" ", errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}"))
                     + (unlisted > 0 ? $" … and {unlisted:N0} more failures, not listed." : ""),
            Instance = http.Request.Path,
            Extensions = { ["traceId"] = http.TraceIdentifier },
        };
        if (unlisted > 0)
            problem.Extensions["unlistedErrors"] = unlisted;
        return problem;
    }
}
