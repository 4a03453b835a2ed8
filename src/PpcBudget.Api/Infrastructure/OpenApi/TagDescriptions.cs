using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>What each tag groups, for the sections of the Swagger UI and of generated clients.</summary>
public sealed class TagDescriptions : IDocumentFilter
{
    static readonly Dictionary<string, string> DescriptionByTag = new(StringComparer.Ordinal)
    {
        ["Budgets"] = "Testing budgets, earnings per click, keyword ROI, and the regression check of a plan against its committed baseline.",
        ["Estimates"] = "CPC and search-volume estimates per keyword, from the Google Ads keyword planner or the sample seed table.",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        foreach (var tag in swaggerDoc.Tags ?? Enumerable.Empty<OpenApiTag>())
            if (tag.Name is { } name && DescriptionByTag.TryGetValue(name, out var description))
                tag.Description = description;
    }
}
