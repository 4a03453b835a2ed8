using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// FastEndpoints declares a GET endpoint's request DTO as an accepted body, so ApiExplorer shows Swashbuckle a
/// request body. A GET has no body: its DTO's properties are query parameters, and this filter says so.
/// </summary>
public sealed class QueryParametersForGetOperations : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.ApiDescription.HttpMethod ?? ""))
            return;

        var dto = context.ApiDescription.ParameterDescriptions
            .FirstOrDefault(parameter => parameter.Source == BindingSource.Body)?.Type;
        if (dto is null)
            return;

        operation.RequestBody = null;
        // The DTO only ever describes a query string, so its body schema would be an unused component.
        if (context.SchemaRepository.TryLookupByType(dto, out var bodySchema) && bodySchema.Reference.Id is { } schemaId)
            context.SchemaRepository.Schemas.Remove(schemaId);
        operation.Parameters ??= [];
        foreach (var property in dto.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, memberInfo: property);
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = IsRequired(property),
                Description = schema.Description,
                Schema = QueryValue(name, schema),
            });
        }
    }

    /// <summary>
    /// In a query a rate is a fraction or a percent (conversionRate=1%, as a spreadsheet writes it): its schema says both.
    /// </summary>
    public static IOpenApiSchema QueryValue(string name, IOpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (name.EndsWith("Rate", StringComparison.Ordinal) || name.EndsWith("Margin", StringComparison.Ordinal))
               && schema.Type?.HasFlag(JsonSchemaType.Number) == true
            ? new OpenApiSchema
            {
                Description = schema.Description,
                AnyOf = [schema, new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\s*[0-9]*\.?[0-9]+\s*%$" }],
            }
            : schema;
    }

    static bool IsRequired(PropertyInfo property) =>
        property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null
        || (property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null);
}
