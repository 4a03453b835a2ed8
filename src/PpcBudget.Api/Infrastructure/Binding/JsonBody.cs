using System.Text.Json;
using FastEndpoints;
using PpcBudget.Api.Infrastructure.OpenApi;
using PpcBudget.Core.Json;

namespace PpcBudget.Api.Infrastructure.Binding;

/// <summary>
/// Reads a request's JSON body as <typeparamref name="TRequest"/>; a body it cannot read is a failure naming the field
/// (<see cref="JsonErrorTranslator"/>, which needs the type the body was read as — why the binding is ours).
/// </summary>
public sealed class JsonBodyBinder<TRequest> : IRequestBinder<TRequest> where TRequest : class, new()
{
    public ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct) => JsonBody.ReadAsync<TRequest>(ctx, ct);
}

public static class JsonBody
{
    public static async ValueTask<TRequest> ReadAsync<TRequest>(BinderContext ctx, CancellationToken ct) where TRequest : class, new()
    {
        var request = ctx.HttpContext.Request;
        if (!request.HasJsonContentType())
            return new TRequest();
        try
        {
            // Not JsonSerializer over Request.Body: since .NET 10 this reads the body's PipeReader in place, without copying
            // it into a buffer of its own, as minimal APIs do (and it transcodes a charset other than UTF-8).
            return await request.ReadFromJsonAsync<TRequest>(ctx.SerializerOptions, ct) ?? new TRequest();
        }
        catch (JsonException unreadable)
        {
            // As FastEndpoints' own binder does: an unreadable body is answered alone, before any rule runs on an empty request.
            ctx.ValidationFailures.Add(JsonErrorTranslator.Translate(unreadable, typeof(TRequest), ctx.SerializerOptions, ApiDocumentation.SwaggerUiPath));
            throw new ValidationFailureException(ctx.ValidationFailures, "The JSON body could not be read.");
        }
    }
}
