using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PpcBudget.Api.Infrastructure.Formats;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PpcBudget.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what every operation takes for spreadsheets: the <c>format</c> and <c>field</c> query parameters, CSV
/// request bodies as text (not as the JSON schema), and CSV, TSV and plain-text answers as text.
/// </summary>
public sealed class SpreadsheetFormatsFilter : IOperationFilter
{
    static readonly string[] TextMediaTypes = ["text/csv", "text/tab-separated-values", "text/plain"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) != true)
            return;

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = AnswerFormats.FormatParameter,
            In = ParameterLocation.Query,
            Description = "json (default), csv, tsv or text. A spreadsheet cannot send Accept, so this picks the answer's format; "
                        + "without it the Accept header does.",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = AnswerFormats.ByName.Keys.Select(name => (JsonNode)JsonValue.Create(name)!).ToList(),
            },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = AnswerFormats.FieldParameter,
            In = ParameterLocation.Query,
            Description = "With format=text, answer only this top-level field's bare value (e.g. monthlyBudget, epc), for one spreadsheet cell.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });

        if (context.ApiDescription.SupportedResponseTypes.FirstOrDefault(response => response.StatusCode == StatusCodes.Status200OK)?.Type is { } answerType
            && answerType.GetInterfaces().Contains(typeof(Core.Tables.INamedTables)))
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = AnswerFormats.TableParameter,
                In = ParameterLocation.Query,
                Description = "With format=csv, tsv or text, another of the answer's tables instead of the keywords: curve, the spend curve's points, a row a bid.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });

        if (operation.RequestBody?.Content is { } body && body.ContainsKey("text/csv"))
        {
            const string Described = "A CSV plan (a header row naming the columns, keyword first, then one keyword a row), or a file as downloaded "
                                      + "from Keyword Planner, Google Ads or Microsoft Advertising (any charset: the BOM decides; comma, tab or semicolon); "
                                      + "settings go in the query string.";
            body["text/csv"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = Described },
                Example = JsonValue.Create("keyword,cpc\ncoffee shop,2.90\nmortgage broker,13.76\n"),
            };
            body["text/tab-separated-values"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = Described },
                Example = JsonValue.Create("keyword\tcpc\ncoffee shop\t2.90\nmortgage broker\t13.76\n"),
            };
            body["multipart/form-data"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = Described },
                    },
                },
            };
        }

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } answer)
            foreach (var mediaType in TextMediaTypes.Where(answer.ContainsKey))
                answer[mediaType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A header row, one row per keyword, then a total row." },
                };
    }
}
