using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using PpcBudget.Api.Infrastructure.QueryForms;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// Declares what every operation really answers, beyond what its endpoint lists: the spreadsheet formats its answer is
/// served in (text always; CSV and TSV where the answer has a table shape; SVG and PNG where it has a picture), the problem answers the middleware gives
/// before any endpoint runs (401 key, 406 Accept, 413 size, 415 Content-Type, 429 rate, 503 timeout), and, for a POST that
/// takes a CSV plan, the settings it reads from the query string. A validating proxy holds answers to this document.
/// </summary>
public sealed class WhatTheServiceAnswers(IEnumerable<Formats.IAnswerPicture> pictures) : IOperationFilter
{
    const string ProblemJson = "application/problem+json";

    static readonly (int Status, string Description, bool PostOnly)[] MiddlewareProblems =
    [
        (StatusCodes.Status400BadRequest, "The request is not valid: errors names each field and what is allowed.", false),
        (StatusCodes.Status401Unauthorized, "No valid API key (X-Api-Key or apiKey=), when the service is configured with keys.", false),
        (StatusCodes.Status406NotAcceptable, "Neither format= nor Accept names a format this answer is written in.", false),
        (StatusCodes.Status413PayloadTooLarge, "The body is larger than the limit for its content type.", true),
        (StatusCodes.Status415UnsupportedMediaType, "The body's Content-Type is missing or not one this operation reads.", true),
        (StatusCodes.Status429TooManyRequests, "This client has used its allowance; Retry-After says when to try again.", false),
        (StatusCodes.Status503ServiceUnavailable, "The request took longer than the service allows, or the estimates are unavailable.", false),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) != true)
            return;
        var isPost = HttpMethods.IsPost(context.ApiDescription.HttpMethod ?? "");

        var answerType = context.ApiDescription.SupportedResponseTypes.FirstOrDefault(response => response.StatusCode == StatusCodes.Status200OK)?.Type;
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse okResponse && answerType is not null)
        {
            okResponse.Content ??= new Dictionary<string, IOpenApiMediaType>();
            string[] served = typeof(Core.Tables.ITabular).IsAssignableFrom(answerType) ? ["text/csv", "text/tab-separated-values", "text/plain"] : ["text/plain"];
            foreach (var mediaType in served.Where(mediaType => !okResponse.Content.ContainsKey(mediaType)))
                okResponse.Content[mediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = mediaType == "text/plain" ? "The answer as text, or one field's bare value (field=)." : "A header row, one row per keyword, then a total row.",
                    },
                };
            if (pictures.Any(picture => picture.AnswerType == answerType))
                foreach (var mediaType in new[] { "image/svg+xml", "image/png" })
                    okResponse.Content[mediaType] = new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Format = "binary",
                            Description = "The answer drawn as a picture (format=svg or format=png), for a spreadsheet's =IMAGE(url).",
                        },
                    };
        }

        operation.Responses ??= [];
        // FastEndpoints lists 403 for a secured endpoint; the policy only asks for a known caller, so it is never answered.
        operation.Responses.Remove("403");
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        foreach (var (status, description, postOnly) in MiddlewareProblems.Where(entry => isPost || !entry.PostOnly))
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var declared) && declared is OpenApiResponse { Content: { Count: > 0 } content })
            {
                // A validation problem declared as application/json is written as application/problem+json.
                if (!content.ContainsKey(ProblemJson) && content.Values.FirstOrDefault() is { } first)
                    content[ProblemJson] = first;
                continue;
            }
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType> { [ProblemJson] = new OpenApiMediaType { Schema = problem } },
            };
        }

        if (isPost && operation.RequestBody?.Content?.ContainsKey("text/csv") == true && context.ApiDescription.ParameterDescriptions
                .FirstOrDefault(parameter => parameter.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)?.Type is { } plan)
            AddCsvSettings(operation, context, plan);
    }

    /// <summary>A CSV plan's body holds only keyword rows: its settings are the JSON plan's other fields, in the query.</summary>
    static void AddCsvSettings(OpenApiOperation operation, OperationFilterContext context, Type plan)
    {
        operation.Parameters ??= [];
        foreach (var setting in RequestQuery.Fields(plan).Where(setting => operation.Parameters.All(parameter => parameter.Name != setting.Name)))
            operation.Parameters.Add(QueryParametersForGetOperations.QueryParameter(context, setting.Name, setting.Field, required: false,
                before: "With a file body only (text/csv, text/tab-separated-values or multipart/form-data; a JSON body carries it inside): "));
    }
}
