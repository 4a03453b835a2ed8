using FluentValidation;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Imports;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

public sealed class TestingBudgetEndpoint(Planner planner, BulkBudgets bulk) : PlanBodyEndpoint<TestingPlan, TestingBudget>
{
    static readonly TestingSettingsValidator Settings = new();

    public const string Route = "/v1/budgets/testing";

    public override void Configure()
    {
        ConfigurePost(Route);
        Description(endpoint => endpoint
            .Accepts<TestingPlan>("application/json", "text/csv", "text/tab-separated-values", "multipart/form-data")
            .Produces<TestingBudget>(StatusCodes.Status200OK, "application/json", "text/csv", "text/tab-separated-values", "text/plain")
            .WithName("CalculateTestingBudget")
            .WithTags("Budgets")
            .WithSummary("Testing phase: what it costs to get the first sales from each keyword")
            .WithDescription("Send JSON, a CSV plan (text/csv: a header row keyword,cpc[,conversionRate,monthlySearches,clicks,conversions], settings as query parameters, up to 1,000,000 rows), "
                           + "or a Keyword Planner download as it comes (text/csv or text/tab-separated-values, any charset: the BOM decides; or multipart/form-data with the part file); its CPCs come from the top-of-page bids by cpcBasis. "
                           + "Per keyword, cost per sale = CPC ÷ conversion rate and test cost = cost per sale × sales wanted. "
                           + "The total is spread over the months allotted, with a schedule whose rows add back up to it exactly, "
                           + "and a daily budget of monthly ÷ 30.4. "
                           + "A keyword sent without a CPC takes it from the estimates (see cpcBasis); each line says where its CPC came from.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable),
            clearDefaults: true);
    }

    protected override Task<Calculated<TestingBudget>> CalculateAsync(TestingPlan plan, CancellationToken cancellationToken) =>
        planner.TestingAsync(plan, cancellationToken);

    protected override TestingPlan ReadSettings(QueryForm form) => PlanQueries.TestingSettings(form);

    protected override IValidator<TestingPlan> SettingsRules => Settings;

    protected override Task<BulkAnswer> CalculateCsvAsync(Stream body, TestingPlan settings, AnswerRequest request, CancellationToken cancellationToken) =>
        bulk.TestingAsync(body, settings, request, cancellationToken);

    protected override TestingPlan WithFile(TestingPlan settings, KeywordFileReading reading, string? currency) => settings with
    {
        Currency = currency,
        Keywords = new BudgetPlan { Keywords = ImportedPlan.Keywords(reading) }.ToTestingPlan().Keywords,
    };

    protected override TestingBudget WithInput(TestingBudget answer, FileInput input, IReadOnlyList<string> warnings) =>
        answer with { Input = input, Warnings = [.. warnings, .. answer.Warnings] };
}
