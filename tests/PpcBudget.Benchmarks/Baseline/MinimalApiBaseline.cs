using PpcBudget.Core.Plans;
using PpcBudget.Api.Features.Budgets.Testing;
using PpcBudget.Core.Json;
using PpcBudget.Core.Testing;

namespace PpcBudget.Benchmarks.Baseline;

/// <summary>
/// The yardstick of the load script: a plain ASP.NET Core minimal API doing what <c>POST /v1/budgets/testing</c>
/// does for a JSON plan — read it by the same JSON rules, check it with the same validator, calculate, write the
/// answer — with nothing else in the pipeline. Not part of the product.
/// </summary>
public static class MinimalApiBaseline
{
    public const string Switch = "baseline";

    public static void Run(string[] args) => Create(args).Run();

    /// <param name="args">Host arguments, such as --urls.</param>
    /// <param name="adjust">A last change to the host before it is built (the in-process benchmark swaps in a test server).</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? adjust = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.ConfigureHttpJsonOptions(json => StrictJson.Apply(json.SerializerOptions));
        builder.Services.AddSingleton<TestingPlanValidator>();
        builder.Services.AddHealthChecks();
        adjust?.Invoke(builder);

        var app = builder.Build();
        app.MapPost(TestingBudgetEndpoint.Route, CalculateAsync);
        app.MapHealthChecks("/healthz");
        return app;
    }

    static async Task<IResult> CalculateAsync(TestingPlan plan, TestingPlanValidator rules, CancellationToken cancellationToken)
    {
        var result = await rules.ValidateAsync(plan, cancellationToken);
        return result.IsValid
            ? TypedResults.Ok(TestingBudgetCalculator.Calculate(plan))
            : TypedResults.ValidationProblem(result.ToDictionary());
    }
}
