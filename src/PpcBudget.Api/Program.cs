using FastEndpoints;
using PpcBudget.Api.Estimates;
using PpcBudget.Api.Features.Budgets;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Headers;
using PpcBudget.Api.Infrastructure.Health;
using PpcBudget.Api.Infrastructure.Limits;
using PpcBudget.Api.Infrastructure.Observability;
using PpcBudget.Api.Infrastructure.Json;
using PpcBudget.Api.Infrastructure.OpenApi;
using PpcBudget.Api.Infrastructure.Problems;

var builder = WebApplication.CreateBuilder(args);
// Each connection keeps its read buffer instead of renting one after a zero-byte read for every request: ~4 % less CPU
// a request under load (README, Performance) for a few KB held by each idle connection.
builder.WebHost.UseSockets(sockets => sockets.WaitForDataBeforeAllocatingBuffer = false);

builder.Services.AddFastEndpoints();
builder.Services.AddStrictJson();           // camelCase; unknown fields and wrong types are errors
builder.Services.AddProblemAnswers();       // every error is RFC 9457 problem details
builder.Services.AddApiDocumentation();     // Swashbuckle over FastEndpoints through ApiExplorer
builder.Services.AddCpcEstimates(builder.Configuration);   // Google Ads planner when configured, else the seed table
builder.Services.AddBudgets();
builder.Services.AddBrowserAccess(builder.Configuration);   // CORS origins from Cors:AllowedOrigins, none by default
builder.Services.AddReadiness();            // /healthz alive; /readyz with the estimate source and its circuit
builder.Services.AddRequestLimits();        // body size by content type (413), timeout (503), per-client rate (429) after authentication
builder.Services.AddApiKeys();              // authentication scheme and policy: X-Api-Key or apiKey=, when Auth:ApiKeys is set
builder.Services.AddSecretRedaction();      // no secret, nor the apiKey query parameter, in any log line
builder.Services.AddTelemetry(builder.Configuration);   // OpenTelemetry; exported only to a configured OTLP endpoint

var app = builder.Build();

app.UseRequestIds();
app.UseStandardHeaders();        // nosniff, no-store, Vary: Origin on every answer
app.UseProblemAnswers();
app.UseCalculatorPage();
app.UseCors();
app.UseAuthentication();                    // who the caller is: a checked API key, else its address
app.UseRequestLimits();
app.UseContentTypeRequirement();
app.UseAuthorization();                     // endpoints declare ApiKeys.Policy
app.UseFastEndpoints(config => config.UsePpcBudgetConventions());
app.UseApiDocumentation();
app.MapHealth();

app.Run();

public partial class Program;
