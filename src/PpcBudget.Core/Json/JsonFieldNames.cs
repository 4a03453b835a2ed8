using System.Text.Json;
using FluentValidation;

namespace PpcBudget.Core.Json;

/// <summary>
/// FluentValidation names a failing field after its .NET property (<c>Keywords[0].Cpc</c>); a document names it in
/// camelCase (<c>keywords[0].cpc</c>). FastEndpoints switches this on for the API; any other host calls this once.
/// </summary>
public static class JsonFieldNames
{
    public static void UseForValidationFailures() =>
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
}
