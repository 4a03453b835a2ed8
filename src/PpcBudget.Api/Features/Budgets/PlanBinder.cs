using FastEndpoints;
using PpcBudget.Api.Infrastructure;
using PpcBudget.Api.Infrastructure.Binding;
using PpcBudget.Api.Infrastructure.QueryForms;
using PpcBudget.Core.Plans;

namespace PpcBudget.Api.Features.Budgets;

/// <summary>
/// Binds a plan from wherever the request carries it: a JSON body; a GET's query (settings and keyword lists); or,
/// with a file body, the settings from the query (the file brings the keywords). A query value it cannot read is a
/// failure naming it; a parameter that is no part of the plan is refused with every other query's (QueryParameterRules).
/// </summary>
public sealed class PlanBinder<TPlan> : IRequestBinder<TPlan> where TPlan : Plan, new()
{
    public async ValueTask<TPlan> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var request = ctx.HttpContext.Request;
        if (request.HasJsonContentType())
            return await JsonBody.ReadAsync<TPlan>(ctx, ct);

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !QueryParameterRules.IsFileBody(request))
            return new TPlan();
        var form = new QueryForm(request.Query);
        var plan = isGet ? RequestQuery.Read<TPlan>(form) : RequestQuery.ReadFields<TPlan>(form);
        ctx.ValidationFailures.AddRange(form.Failures);
        return plan;
    }
}
