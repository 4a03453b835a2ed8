using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using PpcBudget.Api.Features.Budgets.Bulk;
using PpcBudget.Api.Features.Budgets.QueryForms;
using PpcBudget.Api.Infrastructure.Auth;
using PpcBudget.Api.Infrastructure.Formats;
using PpcBudget.Api.Infrastructure.Limits;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Budgets;

/// <summary>
/// The POST form of a budget phase: a JSON plan, or a CSV plan (text/csv) of up to a million rows whose settings come
/// from the query. The query's format and field were checked before this runs, for either body.
/// </summary>
public abstract class PlanBodyEndpoint<TPlan, TAnswer> : Endpoint<TPlan, TAnswer>
    where TPlan : notnull, new()
    where TAnswer : notnull
{
    const int BufferInMemoryUpTo = 1024 * 1024;

    /// <summary>Validates, prices and calculates a JSON plan.</summary>
    protected abstract Task<Calculated<TAnswer>> CalculateAsync(TPlan plan, CancellationToken cancellationToken);

    /// <summary>Reads a CSV plan's settings from the query string.</summary>
    protected abstract TPlan ReadSettings(QueryForm form);

    protected abstract IValidator<TPlan> SettingsRules { get; }

    protected abstract Task<BulkAnswer> CalculateCsvAsync(Stream body, TPlan settings, AnswerRequest request, CancellationToken cancellationToken);

    protected void ConfigurePost(string route)
    {
        Post(route);
        Policies(ApiKeys.Policy);
        RequestBinder(new JsonBodyBinder<TPlan>());
    }

    public override async Task HandleAsync(TPlan req, CancellationToken ct)
    {
        if (QueryParameterRules.IsCsvBody(HttpContext.Request))
        {
            await SendCsvPlanAsync(ct);
            return;
        }
        var calculated = await CalculateAsync(req, ct);
        calculated.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();
        await Send.OkAsync(calculated.Answer!, ct);
    }

    async Task SendCsvPlanAsync(CancellationToken ct)
    {
        var (settings, failures) = CsvPlanSettings.Read(HttpContext.Request.Query, ReadSettings, SettingsRules);
        failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();

        var limits = Resolve<IOptions<LimitsOptions>>().Value;
        HttpContext.Request.EnableBuffering(BufferInMemoryUpTo, limits.MaxCsvBodyBytes);
        await using var answer = await CalculateCsvAsync(HttpContext.Request.Body, settings, AnswerRequest.Of(HttpContext.Request), ct);
        answer.Failures.ToList().ForEach(AddError);
        ThrowIfAnyErrors();

        var response = HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = answer.ContentType;
        answer.Content.Position = 0;
        response.ContentLength = answer.Content.Length;
        await answer.Content.CopyToAsync(response.Body, ct);
    }
}

/// <summary>
/// The GET form of a budget phase, for a spreadsheet cell (IMPORTDATA, WEBSERVICE): the plan read from the query and
/// checked by the body's rules, failures named as the query names them; the same answer as the POST.
/// </summary>
/// <typeparam name="TQuery">Describes the query parameters in the OpenAPI document.</typeparam>
/// <typeparam name="TPlan">The plan the query is read into.</typeparam>
/// <typeparam name="TAnswer">The phase's answer.</typeparam>
public abstract class PlanQueryEndpoint<TQuery, TPlan, TAnswer> : Endpoint<TQuery, TAnswer>
    where TQuery : notnull
    where TAnswer : notnull
{
    protected abstract TPlan ReadPlan(QueryForm form);

    protected abstract Task<Calculated<TAnswer>> CalculateAsync(TPlan plan, CancellationToken cancellationToken);

    public override async Task<TAnswer> ExecuteAsync(TQuery req, CancellationToken ct)
    {
        var form = new QueryForm(HttpContext.Request.Query);
        var plan = ReadPlan(form);
        var calculated = form.Failures.Count > 0 ? Calculated.Refused<TAnswer>(form.Failures) : await CalculateAsync(plan, ct);
        foreach (var failure in calculated.Failures)
            AddError(new ValidationFailure(PlanQueries.QueryName(failure.PropertyName), failure.ErrorMessage));
        ThrowIfAnyErrors();
        return calculated.Answer!;
    }
}
