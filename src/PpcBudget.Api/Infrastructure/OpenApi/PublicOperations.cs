using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// Every operation is public, and the document says so: saying nothing would leave a client generator (and a linter)
/// unable to tell "no credentials needed" from "forgot to document them".
/// </summary>
public sealed class PublicOperations : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        // One requirement that asks for nothing ("security": [{}]): Microsoft.OpenApi drops an empty list, "security": [].
        swaggerDoc.Security = [new OpenApiSecurityRequirement()];
    }
}
