using FastEndpoints;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

public sealed class TestingBudgetEndpoint(BudgetCalculations budgets, BulkBudgets bulk) : Endpoint<TestingPlan, TestingBudget>
{
    static readonly TestingSettingsValidator SettingsRules = new();

    public const string Route = "/v1/budgets/testing";

    public override void Configure()
    {
        Post(Route);
        AllowAnonymous();
        RequestBinder(new JsonBodyBinder<TestingPlan>());
        Validator<TestingPlanValidator>();
        // A CSV body leaves the plan's keywords empty; its rows are checked by the bulk path instead.
        DontThrowIfValidationFails();
        Description(endpoint => endpoint
            .Accepts<TestingPlan>("application/json", "text/csv")
            .Produces<TestingBudget>(StatusCodes.Status200OK, "application/json", "text/csv", "text/tab-separated-values", "text/plain")
            .WithName("CalculateTestingBudget")
            .WithTags("Budgets")
            .WithSummary("Testing phase: what it costs to get the first sales from each keyword")
            .WithDescription("Send JSON, or a CSV plan (text/csv: a header row keyword,cpc[,conversionRate,monthlySearches], settings as query parameters, up to 1,000,000 rows). "
                           + "Per keyword, cost per sale = CPC ÷ conversion rate and test cost = cost per sale × sales wanted. "
                           + "The total is spread over the months allotted, with a schedule whose rows add back up to it exactly, "
                           + "and a daily budget of monthly ÷ 30.4. "
                           + "A keyword sent without a CPC takes it from the estimates (see cpcBasis); each line says where its CPC came from.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable),
            clearDefaults: true);
    }

    public override async Task HandleAsync(TestingPlan req, CancellationToken ct)
    {
        if (QueryParameterRules.IsCsvBody(HttpContext.Request))
        {
            ValidationFailures.Clear();
            var (settings, failures) = CsvPlanSettings.Read(HttpContext.Request.Query, PlanQueries.TestingSettings, SettingsRules);
            failures.ToList().ForEach(AddError);
            ThrowIfAnyErrors();
            (await bulk.TestingAsync(HttpContext, settings, ct)).ToList().ForEach(AddError);
            ThrowIfAnyErrors();
            return;
        }

        ThrowIfAnyErrors();
        var calculated = await budgets.TestingAsync(req, ct);
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        await Send.OkAsync(calculated.Answer!, ct);
    }
}
