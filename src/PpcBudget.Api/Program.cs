using FastEndpoints;
using PpcBudget.Api.Estimates;
using PpcBudget.Api.Features.Budgets;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Api.Infrastructure.Json;
using PpcBudget.Api.Infrastructure.OpenApi;
using PpcBudget.Api.Infrastructure.Problems;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddFastEndpoints();
builder.Services.AddStrictJson();           // camelCase; unknown fields and wrong types are errors
builder.Services.AddProblemAnswers();       // every error is RFC 9457 problem details
builder.Services.AddApiDocumentation();     // Swashbuckle over FastEndpoints through ApiExplorer
builder.Services.AddCpcEstimates(builder.Configuration);   // Google Ads planner when configured, else the seed table
builder.Services.AddBudgetCalculations();
builder.Services.AddBrowserAccess(builder.Configuration);   // CORS origins from Cors:AllowedOrigins, none by default
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseProblemAnswers();
app.UseCors();
app.UseFastEndpoints(config => config.UsePpcBudgetConventions());
app.UseApiDocumentation();
app.MapHealthChecks("/healthz");

app.Run();

public partial class Program;
