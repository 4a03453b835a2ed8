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
        var request = ctx.HttpContext.Request;
        if (!request.HasJsonContentType())
            return new TRequest();
        // Not JsonSerializer over Request.Body: since .NET 10 this reads the body's PipeReader in place, without copying
        // it into a buffer of its own, as minimal APIs do (and it transcodes a charset other than UTF-8).
        return await request.ReadFromJsonAsync<TRequest>(ctx.SerializerOptions, ct) ?? new TRequest();
    }
}
