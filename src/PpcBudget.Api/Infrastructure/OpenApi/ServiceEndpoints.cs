using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// The routes that are not FastEndpoints (health checks, this document) and so never reach ApiExplorer: declared here
/// so that a client, or a validating proxy, finds every path the service answers.
/// </summary>
public sealed class ServiceEndpoints : IDocumentFilter
{
    const string Tag = "Service";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        swaggerDoc.Paths ??= [];
        swaggerDoc.Tags ??= new HashSet<OpenApiTag>();
        swaggerDoc.Tags.Add(new OpenApiTag { Name = Tag, Description = "Whether the service is up and ready, and this document." });
        swaggerDoc.Paths["/healthz"] = Get("Alive", "The process is up: Healthy, as text.", "text/plain", "Healthy");
        swaggerDoc.Paths["/readyz"] = Get("Ready", "The service can answer, and from which estimate source; 503 while it cannot.", "application/json", null);
        swaggerDoc.Paths[$"{ApiDocumentation.SwaggerUiPath}/{ApiDocumentation.DocumentName}/swagger.json"] =
            Get("OpenApiDocument", "This OpenAPI document.", "application/json", null);
    }

    static OpenApiPathItem Get(string operationId, string summary, string mediaType, string? example)
    {
        var content = new Dictionary<string, IOpenApiMediaType>
        {
            [mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = mediaType == "text/plain" ? JsonSchemaType.String : JsonSchemaType.Object } },
        };
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = operationId,
                    Summary = summary,
                    Tags = new HashSet<OpenApiTagReference> { new(Tag) },
                    Security = [],
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse { Description = summary, Content = content },
                        ["404"] = new OpenApiResponse
                        {
                            Description = "Not served here (a path outside the service).",
                            Content = new Dictionary<string, IOpenApiMediaType>
                            {
                                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
                            },
                        },
                        ["503"] = new OpenApiResponse { Description = "Not ready.", Content = content },
                    },
                },
            },
        };
    }
}
