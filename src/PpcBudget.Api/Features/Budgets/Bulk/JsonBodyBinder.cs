using System.Text.Json;
using FastEndpoints;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>
/// Binds a POST from its JSON body only. A CSV body is read by the bulk path, which takes its settings from the query;
/// FastEndpoints' own binder would bind those query values onto the plan first and refuse a rate written as 1%.
/// </summary>
public sealed class JsonBodyBinder<TRequest> : IRequestBinder<TRequest> where TRequest : notnull, new()
{
    public async ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        if (!ctx.HttpContext.Request.HasJsonContentType())
            return new TRequest();
        return await JsonSerializer.DeserializeAsync<TRequest>(ctx.HttpContext.Request.Body, ctx.SerializerOptions, ct) ?? new TRequest();
    }
}
