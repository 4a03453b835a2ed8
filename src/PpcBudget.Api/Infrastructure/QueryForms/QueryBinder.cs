using FastEndpoints;

namespace PpcBudget.Api.Infrastructure.QueryForms;

/// <summary>
/// A GET's request read from the query by <see cref="RequestQuery"/>: each field by its JSON name, rates as 0.01 or 1%,
/// lists comma-separated or repeated, a choice by its JSON name; a value it cannot read is a failure naming it.
/// </summary>
public sealed class QueryBinder<TRequest> : IRequestBinder<TRequest> where TRequest : class, new()
{
    public ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var form = new QueryForm(ctx.HttpContext.Request.Query);
        var request = RequestQuery.ReadFields<TRequest>(form);
        ctx.ValidationFailures.AddRange(form.Failures);
        return ValueTask.FromResult(request);
    }
}
