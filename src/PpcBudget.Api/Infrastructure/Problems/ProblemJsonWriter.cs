namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>
/// Writes problem details as application/problem+json whatever the request's Accept header asks for: the framework's
/// own writer declines <c>Accept: text/csv</c> or <c>text/html</c>, and a 404 or 405 then went out as plain text.
/// Registered after it, so it answers only what that writer declines.
/// </summary>
sealed class ProblemJsonWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null,
            contentType: "application/problem+json", context.HttpContext.RequestAborted));
    }
}
