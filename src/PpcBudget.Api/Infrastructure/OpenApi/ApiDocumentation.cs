using Microsoft.OpenApi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>The OpenAPI document at /swagger/v1/swagger.json and the Swagger UI at /swagger.</summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string SwaggerUiPath = "/swagger";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddEndpointsApiExplorer().AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "PpcBudget",
                Version = DocumentName,
                Description = "How much to spend on Google Ads to test keywords, and whether each keyword pays. "
                            + "Money is exact decimal, rounded once to the currency's minor unit; rates are fractions (1 % is 0.01).",
            });
            options.IncludeXmlComments(typeof(TestingPlan).Assembly);
            options.IncludeXmlComments(typeof(ApiDocumentation).Assembly);
            // Relative: the operations are on the host that served this document, wherever it runs.
            options.AddServer(new OpenApiServer { Url = "/", Description = "This service" });
            options.SchemaFilter<RateSchemas>();
            options.OperationFilter<QueryParametersForGetOperations>();
            options.OperationFilter<SpreadsheetFormatsFilter>();
            options.OperationFilter<WhatTheServiceAnswers>();
            options.DocumentFilter<OptionalApiKeys>();
            options.DocumentFilter<TagDescriptions>();
            options.DocumentFilter<ServiceEndpoints>();
            options.SupportNonNullableReferenceTypes();
        });

    public static WebApplication UseApiDocumentation(this WebApplication app)
    {
        // Everything they serve is under /swagger; the budget requests skip both middlewares instead of each checking its path.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(SwaggerUiPath), documentation => documentation
            .UseSwagger()
            .UseSwaggerUI(ui => ui.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "PpcBudget v1")));
        return app;
    }
}
