using Microsoft.OpenApi;
using PpcBudget.Api.Infrastructure.Auth;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// The document says how to call: with no credentials when the service has no API keys configured, else with a key in
/// the X-Api-Key header or the apiKey query parameter. Saying nothing would leave a client generator (and a linter)
/// unable to tell "no credentials needed" from "forgot to document them".
/// </summary>
public sealed class OptionalApiKeys : IDocumentFilter
{
    const string Header = "apiKeyHeader";
    const string Query = "apiKeyQuery";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        swaggerDoc.Components ??= new OpenApiComponents();
        swaggerDoc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        swaggerDoc.Components.SecuritySchemes[Header] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeys.Header,
            Description = "Needed only when the service has API keys configured (Auth:ApiKeys).",
        };
        swaggerDoc.Components.SecuritySchemes[Query] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = ApiKeys.QueryParameter,
            Description = "The same key as a query parameter, for spreadsheets that cannot set headers.",
        };
        // An empty requirement ({}) means "or nothing": Microsoft.OpenApi would drop an empty list, "security": [].
        swaggerDoc.Security =
        [
            new OpenApiSecurityRequirement(),
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Header, swaggerDoc)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Query, swaggerDoc)] = [] },
        ];
    }
}
