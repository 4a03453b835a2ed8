using System.Collections.Concurrent;
using System.Reflection;
using FastEndpoints;
using FluentValidation.Results;

namespace PpcBudget.Api.Infrastructure;

/// <summary>
/// A query parameter no endpoint reads would otherwise be ignored, and a typo such as <c>conversionrat=0.02</c>
/// would silently give an answer at the default rate. Naming it is kinder.
/// </summary>
public sealed class RejectUnknownQueryParameters : IGlobalPreProcessor
{
    static readonly ConcurrentDictionary<Type, HashSet<string>> KnownByRequestType = new();

    public async Task PreProcessAsync(IPreProcessorContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.HttpContext.Request.Query;
        // The request is null when binding failed; the endpoint still knows its request type.
        var requestType = context.Request?.GetType() ?? context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>()?.ReqDtoType;
        if (query.Count == 0 || requestType is null)
            return;

        var known = KnownByRequestType.GetOrAdd(requestType, QueryableNames);
        var unknown = query.Keys.Where(name => !known.Contains(name)).ToList();
        if (unknown.Count == 0)
            return;

        // When validation already failed, FastEndpoints sends these failures with its own; otherwise we send them.
        var validationAlreadyFailed = context.HasValidationFailures;
        foreach (var name in unknown)
            context.ValidationFailures.Add(new ValidationFailure(name,
                $"is not a parameter of this endpoint; the parameters are: {(known.Count == 0 ? "none" : string.Join(", ", known))}."));
        if (!validationAlreadyFailed && !context.HttpContext.ResponseStarted())
            await context.HttpContext.Response.SendErrorsAsync(context.ValidationFailures, cancellation: ct);
    }

    static HashSet<string> QueryableNames(Type requestType) =>
        requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => IsScalar(property.PropertyType))
            .Select(property => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal);
    }
}
