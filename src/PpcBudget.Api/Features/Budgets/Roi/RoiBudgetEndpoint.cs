using FluentValidation;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Core.Imports;
using PpcBudget.Core.Plans;
using PpcBudget.Core.Roi;

namespace PpcBudget.Api.Features.Budgets.Roi;

public sealed class RoiBudgetEndpoint(Planner planner, BulkBudgets bulk, RoiForecasts forecasts) : PlanBodyEndpoint<RoiPlan, RoiReport>
{
    static readonly RoiSettingsValidator Settings = new();

    public const string Route = "/v1/budgets/roi";

    public override void Configure()
    {
        ConfigurePost(Route);
        Description(endpoint => endpoint
            .Accepts<RoiPlan>("application/json", "text/csv", "text/tab-separated-values", "multipart/form-data")
            .Produces<RoiReport>(StatusCodes.Status200OK, "application/json", "text/csv", "text/tab-separated-values", "text/plain")
            .WithName("CalculateRoi")
            .WithTags("Budgets")
            .WithSummary("ROI phase: what a click is worth and whether each keyword pays")
            .WithDescription("Send JSON, a CSV plan (text/csv: a header row keyword,cpc[,conversionRate,monthlySearches,clicks,conversions], settings as query parameters, up to 1,000,000 rows), "
                           + "or a Google Ads search keyword or search terms report or a Microsoft Advertising keyword report as downloaded (text/csv, text/tab-separated-values, or multipart/form-data with the part file), whose observed clicks and conversions give the verdicts. "
                           + "EPC (earnings per click) = customer value × conversion rate; it is the most a click may cost. "
                           + "Per keyword: profit per click, ROAS, break-even conversion rate and a verdict. Keywords sent with "
                           + "observed clicks and conversions use their own rate, with a 95 % Wilson interval and the EPC at its lower bound. "
                           + "A keyword sent without a CPC takes it from the estimates (see cpcBasis).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable),
            clearDefaults: true);
    }

    protected override async Task<Calculated<RoiReport>> CalculateAsync(RoiPlan plan, CancellationToken cancellationToken) =>
        await planner.RoiAsync(await forecasts.WithForecastsAsync(plan, cancellationToken), cancellationToken);

    protected override RoiPlan ReadSettings(QueryForm form) => PlanQueries.RoiSettings(form);

    protected override IValidator<RoiPlan> SettingsRules => Settings;

    protected override Task<BulkAnswer> CalculateCsvAsync(Stream body, RoiPlan settings, AnswerRequest request, CancellationToken cancellationToken) =>
        bulk.RoiAsync(body, settings, request, cancellationToken);

    protected override RoiPlan WithFile(RoiPlan settings, KeywordFileReading reading, string? currency) => settings with
    {
        Currency = currency,
        Keywords = new BudgetPlan { Keywords = ImportedPlan.Keywords(reading) }.ToRoiPlan().Keywords,
        ReportTraffic = ImportedPlan.Traffic(reading),
    };

    protected override RoiReport WithInput(RoiReport answer, FileInput input, IReadOnlyList<string> warnings) =>
        answer with { Input = input, Warnings = [.. warnings, .. answer.Warnings] };
}
