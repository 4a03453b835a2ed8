using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using PpcBudget.Api.Infrastructure.QueryForms;
using PpcBudget.Core.Plans;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// FastEndpoints declares a GET endpoint's request DTO as an accepted body, so ApiExplorer shows Swashbuckle a
/// request body. A GET has no body: its DTO's properties are query parameters, and this filter says so.
/// </summary>
public sealed class QueryParametersForGetOperations(IApiDescriptionGroupCollectionProvider descriptions) : IOperationFilter
{
    /// <summary>The request types some operation other than a GET takes as its body.</summary>
    Lazy<HashSet<Type>> BodyTypes { get; } = new(() => descriptions.ApiDescriptionGroups.Items
        .SelectMany(group => group.Items)
        .Where(description => !HttpMethods.IsGet(description.HttpMethod ?? ""))
        .SelectMany(description => description.ParameterDescriptions)
        .Where(parameter => parameter.Source == BindingSource.Body && parameter.Type is not null)
        .Select(parameter => parameter.Type)
        .ToHashSet());

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
        operation.Parameters ??= [];
        // A request only ever read from a query would leave its body schema an unused component; one a POST also takes
        // (a plan, the estimates request) keeps it.
        if (!BodyTypes.Value.Contains(dto) && context.SchemaRepository.TryLookupByType(dto, out var bodySchema) && bodySchema.Reference.Id is { } schemaId)
            context.SchemaRepository.Schemas.Remove(schemaId);
        // The request's query form: its fields and, for a plan, each keyword field as a list.
        foreach (var parameter in RequestQuery.Fields(dto))
            operation.Parameters.Add(QueryParameter(context, parameter.Name, parameter.Field, IsRequired(parameter.Field)));
        if (RequestQuery.IsPlan(dto))
            foreach (var list in RequestQuery.KeywordLists)
                operation.Parameters.Add(KeywordList(context, list));
    }

    /// <summary>A query parameter that fills a property, described as the property is.</summary>
    public static OpenApiParameter QueryParameter(OperationFilterContext context, string name, PropertyInfo property, bool required, string? before = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(property);
        var schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, memberInfo: property);
        return new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Query,
            Required = required,
            Description = before + schema.Description,
            Schema = QueryValue(property, schema),
        };
    }

    /// <summary>A keyword field as a comma-separated list, one entry per keyword in the order of <c>keywords</c>.</summary>
    static OpenApiParameter KeywordList(OperationFilterContext context, RequestQuery.Parameter list)
    {
        var field = context.SchemaGenerator.GenerateSchema(list.Field.PropertyType, context.SchemaRepository, memberInfo: list.Field);
        return new OpenApiParameter
        {
            Name = list.Name,
            In = ParameterLocation.Query,
            Description = $"One entry per keyword, comma-separated (or the parameter repeated), in the order of keywords; an empty entry leaves that keyword's value out. Each: {field.Description}",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            // One keyword's example is a list of one.
            Example = field.Examples?.FirstOrDefault() is { } one ? System.Text.Json.Nodes.JsonValue.Create(one.ToString().Trim('"')) : null,
        };
    }

    /// <summary>In a query a rate (<see cref="RateAttribute"/>) is a fraction or a percent (conversionRate=1%, as a spreadsheet writes it).</summary>
    static IOpenApiSchema QueryValue(PropertyInfo property, IOpenApiSchema schema) =>
        property.GetCustomAttribute<RateAttribute>() is not null ? RateSchemas.Of(schema) : schema;

    static bool IsRequired(PropertyInfo property) =>
        property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null
        || (property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null);
}
