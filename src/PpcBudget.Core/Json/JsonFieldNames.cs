using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace PpcBudget.Core.Json;

/// <summary>
/// FluentValidation names a failing field after its .NET property path (<c>Keywords[0].Cpc</c>); a document names it
/// in camelCase (<c>keywords[0].cpc</c>). Core's validators name their failures so themselves, whoever hosts them,
/// without touching FluentValidation's global settings.
/// </summary>
public static class JsonFieldNames
{
    /// <summary>A property path as JSON spells it: each segment camelCased, indexes kept.</summary>
    public static string Of(string propertyPath) =>
        string.IsNullOrEmpty(propertyPath) ? propertyPath : string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}

/// <summary>A validator whose failures name fields as the JSON body does (see <see cref="JsonFieldNames"/>).</summary>
public abstract class JsonNamedValidator<T> : AbstractValidator<T>
{
    public override ValidationResult Validate(ValidationContext<T> context) => Named(base.Validate(context));

    public override async Task<ValidationResult> ValidateAsync(ValidationContext<T> context, CancellationToken cancellation = default) =>
        Named(await base.ValidateAsync(context, cancellation));

    static ValidationResult Named(ValidationResult result)
    {
        foreach (var failure in result.Errors)
            failure.PropertyName = JsonFieldNames.Of(failure.PropertyName);
        return result;
    }
}
