using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using PpcBudget.Core.Plans;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// A rate (<see cref="RateAttribute"/>) takes a fraction or a percent wherever it is read — a query, a JSON body — so
/// its schema says both: the number, or a string such as <c>"2%"</c>.
/// </summary>
sealed class RateSchemas : ISchemaFilter
{
    const string Percent = @"^\s*[0-9]*\.?[0-9]+\s*%$";

    /// <summary>The fraction's own schema, or a percent.</summary>
    public static IOpenApiSchema Of(IOpenApiSchema fraction) => new OpenApiSchema
    {
        Description = fraction.Description,
        AnyOf = [fraction, new OpenApiSchema { Type = JsonSchemaType.String, Pattern = Percent }],
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties } || context.Type is null)
            return;
        foreach (var rate in context.Type.GetProperties().Where(property => property.IsDefined(typeof(RateAttribute))))
            if (JsonNamingPolicy.CamelCase.ConvertName(rate.Name) is var name && properties.TryGetValue(name, out var fraction))
                properties[name] = Of(fraction);
    }
}
