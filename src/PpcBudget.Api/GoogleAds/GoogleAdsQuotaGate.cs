namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// Refuses planner calls while <see cref="IGoogleAdsQuotaStop"/> says Google's quota is used up. It sits twice in the
/// client: outside the resilience pipeline, so a stopped call neither queues for the rate limiter nor counts against the
/// circuit, and inside it, so no retry goes out once another call has set a stop. A 429 that set the stop comes out
/// as the same exception, so the caller learns until when.
/// </summary>
public sealed class GoogleAdsQuotaGate(IGoogleAdsQuotaStop quotaStop) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await quotaStop.StoppedUntilAsync(cancellationToken) is { } until)
            throw new GoogleAdsQuotaStoppedException(until);

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests
            || await quotaStop.StoppedUntilAsync(cancellationToken) is not { } stoppedNow)
            return response;
        response.Dispose();
        throw new GoogleAdsQuotaStoppedException(stoppedNow);
    }
}
