using FastEndpoints;
using PpcBudget.Api.Estimates;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Binding;
using PpcBudget.Api.Infrastructure.QueryForms;
using PpcBudget.Core.Estimates;

namespace PpcBudget.Api.Features.Estimates;

public sealed class PostCpcEstimatesEndpoint(CpcEstimator estimator) : Endpoint<CpcEstimatesRequest, CpcEstimatesAnswer>
{
    public const string Route = "/v1/cpc-estimates";

    public override void Configure()
    {
        Post(Route);
        Policies(ApiKeys.Policy);
        RequestBinder(new JsonBodyBinder<CpcEstimatesRequest>());
        Validator<CpcEstimatesRequestValidator>();
        Description(endpoint => endpoint
            .WithName("EstimateCpcs")
            .WithTags("Estimates")
            .WithSummary("CPC and search-volume estimates for keywords")
            .WithDescription("From the Google Ads keyword planner when it is configured (cached 24 h), else the sample seed table. "
                           + "Keywords no source knows are listed under unknown; no figure is made up.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable));
    }

    public override Task<CpcEstimatesAnswer> ExecuteAsync(CpcEstimatesRequest req, CancellationToken ct) =>
        CpcEstimatesAnswers.LookUpAsync(estimator, req, ct);
}

/// <summary>The same request read from the query, as every GET reads its request (lists comma-separated or repeated).</summary>
public sealed class GetCpcEstimatesEndpoint(CpcEstimator estimator) : Endpoint<CpcEstimatesRequest, CpcEstimatesAnswer>
{
    public override void Configure()
    {
        Get(PostCpcEstimatesEndpoint.Route);
        Policies(ApiKeys.Policy);
        RequestBinder(new QueryBinder<CpcEstimatesRequest>());
        Validator<CpcEstimatesRequestValidator>();
        Description(endpoint => endpoint
            .WithName("EstimateCpcsFromQuery")
            .WithTags("Estimates")
            .WithSummary("CPC and search-volume estimates for comma-separated keywords (for a spreadsheet cell)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable));
    }

    public override Task<CpcEstimatesAnswer> ExecuteAsync(CpcEstimatesRequest req, CancellationToken ct) =>
        CpcEstimatesAnswers.LookUpAsync(estimator, req, ct);
}

static class CpcEstimatesAnswers
{
    public static async Task<CpcEstimatesAnswer> LookUpAsync(CpcEstimator estimator, CpcEstimatesRequest request, CancellationToken ct)
    {
        var keywords = request.Keywords ?? [];
        var lookup = await estimator.LookUpAsync(keywords, new EstimateQuery(request.EstimateSource, request.Language, request.GeoTargets, Currency: null), ct);
        return new CpcEstimatesAnswer
        {
            Estimates = keywords.Select(keyword => lookup.For(keyword) is { } estimate ? estimate with { Keyword = keyword } : null)
                .OfType<Core.Estimates.CpcEstimate>()
                .DistinctBy(estimate => Core.Estimates.KeywordText.Normalize(estimate.Keyword))
                .ToList(),
            Unknown = lookup.Unknown,
            Warnings = lookup.Warnings,
        };
    }
}
