using FluentValidation;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Testing;

namespace PpcBudget.Api.Features.Budgets.Testing;

public sealed class TestingBudgetEndpoint(Planner planner, BulkBudgets bulk) : PlanBodyEndpoint<TestingPlan, TestingBudget>(planner)
{
    static readonly TestingSettingsValidator Settings = new();

    public const string Route = "/v1/budgets/testing";

    public override void Configure() => ConfigurePost(Route, "CalculateTestingBudget",
        "Testing phase: what it costs to get the first sales from each keyword",
        "Send JSON, a CSV plan (text/csv: a header row keyword,cpc[,conversionRate,monthlySearches,clicks,conversions], settings as query parameters, up to 1,000,000 rows), "
        + "or a Keyword Planner download as it comes (text/csv or text/tab-separated-values, any charset: the BOM decides; or multipart/form-data with the part file); its CPCs come from the top-of-page bids by cpcBasis. "
        + "Per keyword, cost per sale = CPC ÷ conversion rate and test cost = cost per sale × sales wanted. "
        + "The total is spread over the months allotted, with a schedule whose rows add back up to it exactly, "
        + "and a daily budget of monthly ÷ 30.4. "
        + "A keyword sent without a CPC takes it from the estimates (see cpcBasis); each line says where its CPC came from.");

    protected override Task<Calculated<TestingBudget>> CalculateAsync(Planner planner, TestingPlan plan, CancellationToken cancellationToken) =>
        planner.TestingAsync(plan, cancellationToken);

    protected override IValidator<TestingPlan> SettingsRules => Settings;

    protected override Task<BulkAnswer> CalculateCsvAsync(Stream body, TestingPlan settings, AnswerRequest request, CancellationToken cancellationToken) =>
        bulk.TestingAsync(body, settings, request, cancellationToken);
}
