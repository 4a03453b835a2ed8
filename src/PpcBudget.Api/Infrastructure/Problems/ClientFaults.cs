using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;

namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>
/// A request that failed by the client's doing (a body sent too slowly, a chunked body over the limit, a broken chunk,
/// a connection dropped mid-body) is logged once, as the client's fault, at Information and without a stack trace:
/// it is not a server error to page anyone about. The answer, when the client can still get one, is problem details
/// with the status Kestrel chose (408, 413, 400).
/// </summary>
public sealed partial class ClientFaults(ILogger<ClientFaults> logger) : IExceptionHandler
{
    /// <summary>What the request log shows for a client that went away: nginx's 499, "client closed request".</summary>
    const int StatusCodeClientClosedRequest = 499;

    /// <summary>The status to answer a client's fault with; null when the exception is not one.</summary>
    public static bool IsClientFault(Exception exception, HttpContext http, out int? status)
    {
        ArgumentNullException.ThrowIfNull(http);
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            switch (cause)
            {
                case BadHttpRequestException bad:
                    status = bad.StatusCode;
                    return true;
                case ConnectionResetException:
                case IOException when http.RequestAborted.IsCancellationRequested:
                case OperationCanceledException when http.RequestAborted.IsCancellationRequested:
                    status = null;
                    return true;
            }
        }
        status = null;
        return false;
    }

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (!IsClientFault(exception, httpContext, out var status))
            return ValueTask.FromResult(false);
        var reason = Innermost(exception).Message;
        if (status is { } answered)
        {
            LogRefused(logger, httpContext.Request.Method, httpContext.Request.Path, answered, reason);
            // Not handled here: the problem details writer answers with the status chosen for it.
            return ValueTask.FromResult(false);
        }
        LogGone(logger, httpContext.Request.Method, httpContext.Request.Path, reason);
        // The client is gone: there is no one to answer, and nothing left of its body to drain.
        httpContext.Response.StatusCode = StatusCodeClientClosedRequest;
        httpContext.Abort();
        return ValueTask.FromResult(true);
    }

    static Exception Innermost(Exception exception) =>
        exception is BadHttpRequestException or ConnectionResetException || exception.InnerException is null ? exception : Innermost(exception.InnerException);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Client fault on {Method} {Path}: answered {Status}, {Reason}")]
    static partial void LogRefused(ILogger logger, string method, PathString path, int status, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Client fault on {Method} {Path}: the client went away mid-request ({Reason})")]
    static partial void LogGone(ILogger logger, string method, PathString path, string reason);
}
