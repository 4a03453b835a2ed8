using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PpcBudget.Api.Tests.Fakes;

/// <summary>
/// A stand-in for Google's OAuth endpoint and the keyword planner (API v26), on 127.0.0.1, answering in the real JSON
/// shape (int64 as strings, money in micros). It refuses what the real server would: another API version in the path
/// (404), a field the v26 request does not have (400, as Google's "Unknown name"), a forecast period not in the
/// future, wrong headers or token; and, like Google, it leaves <c>averageCpcMicros</c> out unless
/// <c>historicalMetricsOptions.includeAverageCpc</c> asks for it. Planner replies are scripted per call; without a
/// script it answers from <see cref="Metrics"/> and <see cref="Forecast"/>, or, after <see cref="FailEveryOtherCall"/>,
/// fails every other unscripted call.
/// </summary>
public sealed class FakeGoogleAds : IAsyncDisposable
{
    public const string ApiVersion = "v26";
    public const string CustomerId = "1234567890";
    public const string LoginCustomerId = "9876543210";
    public const string DeveloperToken = "dev-token-SECRET-5f2c";
    public const string ClientId = "client-id-7781.apps.googleusercontent.com";
    public const string ClientSecret = "client-SECRET-90ab";
    public const string RefreshToken = "refresh-SECRET-1c3d";

    readonly WebApplication _app;
    int _tokensIssued;
    bool _failEveryOtherCall;
    int _unscriptedCalls;
    int _faultsServed;

    FakeGoogleAds(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Calls refused for their path or shape, with why: a test that expects none asserts this is empty.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <summary>The forecast at a max CPC bid (in currency units): clicks, and cost and average CPC in micros. Concave by default.</summary>
    public Func<decimal, (double Clicks, long CostMicros, long AverageCpcMicros)> Forecast { get; set; } = DefaultForecast;

    /// <summary>From this forecast call on (counting from 1), forecasts never answer: a caller's time runs out.</summary>
    public int? HangForecastsFrom { get; set; }

    int _forecastCalls;

    /// <summary>Every planner call, as received (after the token check).</summary>
    public ConcurrentQueue<PlannerCall> PlannerCalls { get; } = new();

    /// <summary>Replies for the next planner calls, in order; when empty, the happy answer.</summary>
    public ConcurrentQueue<Func<HttpContext, Task>> ScriptedReplies { get; } = new();

    /// <summary>What the planner knows: keyword → (close variants, metrics JSON).</summary>
    public Dictionary<string, (string[] CloseVariants, JsonObject Metrics)> Metrics { get; } = new(StringComparer.Ordinal);

    public int TokensIssued => _tokensIssued;

    /// <summary>Planner calls answered with a fault by <see cref="FailEveryOtherCall"/>.</summary>
    public int FaultsServed => _faultsServed;

    public string CurrentAccessToken => $"access-token-{_tokensIssued}";

    /// <summary>
    /// As Google does, every token issued stays valid (not only the latest): several instances, each with its own token,
    /// call at once. Off by default, so that <see cref="RevokeCurrentToken"/> can stand for an expired token.
    /// </summary>
    public bool AcceptEveryIssuedToken { get; set; }

    bool IsValid(string authorization) => authorization == $"Bearer {CurrentAccessToken}"
        || (AcceptEveryIssuedToken && authorization.StartsWith("Bearer access-token-", StringComparison.Ordinal)
            && int.TryParse(authorization["Bearer access-token-".Length..], CultureInfo.InvariantCulture, out var issued)
            && issued >= 1 && issued <= _tokensIssued);

    /// <summary>Configuration that points the service at this fake, credentials included.</summary>
    public Dictionary<string, string?> Configuration => new()
    {
        ["GoogleAds:BaseUrl"] = BaseUrl,
        ["GoogleAds:TokenUrl"] = $"{BaseUrl}/token",
        // No GoogleAds:ApiVersion: the service's own default is what the fake checks.
        ["GoogleAds:DeveloperToken"] = DeveloperToken,
        ["GoogleAds:CustomerId"] = "123-456-7890",
        ["GoogleAds:LoginCustomerId"] = "987-654-3210",
        ["GoogleAds:ClientId"] = ClientId,
        ["GoogleAds:ClientSecret"] = ClientSecret,
        ["GoogleAds:RefreshToken"] = RefreshToken,
        ["GoogleAds:RetryBaseDelay"] = "00:00:00.05",
    };

    public static IReadOnlyList<string> Secrets => [DeveloperToken, ClientSecret, RefreshToken];

    public static async Task<FakeGoogleAds> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGoogleAds(app);
        app.MapPost("/token", fake.IssueTokenAsync);
        app.MapPost("/{version}/customers/{customerId}:generateKeywordHistoricalMetrics",
            (HttpContext context, string version, string customerId) => fake.AnswerPlannerAsync(context, version, customerId, HistoricalMetrics));
        app.MapPost("/{version}/customers/{customerId}:generateKeywordForecastMetrics",
            (HttpContext context, string version, string customerId) => fake.AnswerPlannerAsync(context, version, customerId, ForecastMetrics));
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.AddMetrics("coffee shop", [], averageCpcMicros: "2900000", low: "1100000", high: "4600000", searches: "550000");
        return fake;
    }

    public void AddMetrics(string text, string[] closeVariants, string? averageCpcMicros, string low, string high, string searches) =>
        Metrics[text] = (closeVariants, new JsonObject
        {
            ["avgMonthlySearches"] = searches,
            ["competition"] = "MEDIUM",
            ["competitionIndex"] = "52",
            ["lowTopOfPageBidMicros"] = low,
            ["highTopOfPageBidMicros"] = high,
            ["averageCpcMicros"] = averageCpcMicros,
            ["monthlySearchVolumes"] = new JsonArray(new JsonObject { ["month"] = "OCTOBER", ["year"] = "2026", ["monthlySearches"] = searches }),
        });

    /// <summary>
    /// From now on every second unscripted planner call fails, in turn with a 500, a reply that never comes (a timeout
    /// for the caller) and an answer whose figures for the keywords asked are not numbers; the others get the happy
    /// answer. Scripted replies still come first.
    /// </summary>
    public void FailEveryOtherCall() => _failEveryOtherCall = true;

    /// <summary>Makes the current access token expire early: the next planner call is refused with 401.</summary>
    public void RevokeCurrentToken() => Interlocked.Increment(ref _tokensIssued);

    async Task IssueTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "refresh_token" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || form["refresh_token"] != RefreshToken)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_grant" });
            return;
        }
        var issued = Interlocked.Increment(ref _tokensIssued);
        await context.Response.WriteAsJsonAsync(new { access_token = $"access-token-{issued}", expires_in = 3599, token_type = "Bearer" });
    }

    async Task AnswerPlannerAsync(HttpContext context, string version, string customerId, string method)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        if (version != ApiVersion)
        {
            // Google answers an unknown or sunset version's path with a 404 page.
            Refusals.Enqueue($"{method} called with API version {version}, not {ApiVersion}");
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><title>Error 404 (Not Found)</title></html>");
            return;
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!IsValid(authorization))
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsJsonAsync(new { error = new { code = 401, message = "Request had invalid authentication credentials.", status = "UNAUTHENTICATED" } });
            return;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        PlannerCalls.Enqueue(new PlannerCall(version, customerId, context.Request.Headers["developer-token"].ToString(),
            context.Request.Headers["login-customer-id"].ToString(), body, method) { ReceivedAt = receivedAt });
        if (ShapeProblem(method, body) is { } problem)
        {
            Refusals.Enqueue($"{method}: {problem}");
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(new { error = new { code = 400, message = problem, status = "INVALID_ARGUMENT" } });
            return;
        }

        if (method == ForecastMetrics && Interlocked.Increment(ref _forecastCalls) >= HangForecastsFrom)
        {
            await Hang()(context);
            return;
        }
        if (ScriptedReplies.TryDequeue(out var reply))
        {
            await reply(context);
            return;
        }
        if (_failEveryOtherCall && Interlocked.Increment(ref _unscriptedCalls) % 2 == 0)
        {
            var fault = (Interlocked.Increment(ref _faultsServed) - 1) % 3;
            await (fault switch { 0 => Status(500), 1 => Hang(), _ => MalformedFor(body) })(context);
            return;
        }
        await context.Response.WriteAsJsonAsync(method == ForecastMetrics ? ForecastAnswer(body) : HappyAnswer(body));
    }

    public const string HistoricalMetrics = "generateKeywordHistoricalMetrics";
    public const string ForecastMetrics = "generateKeywordForecastMetrics";

    // The v26 request messages, field by field (proto3 JSON names); null marks a scalar or a list of scalars.
    static readonly Dictionary<string, object?> HistoricalRequest = new()
    {
        ["keywords"] = null, ["language"] = null, ["includeAdultKeywords"] = null, ["geoTargetConstants"] = null,
        ["keywordPlanNetwork"] = null, ["aggregateMetrics"] = new Dictionary<string, object?> { ["aggregateMetricTypes"] = null },
        ["historicalMetricsOptions"] = new Dictionary<string, object?> { ["includeAverageCpc"] = null, ["yearMonthRange"] = null },
    };

    static readonly Dictionary<string, object?> ForecastRequest = new()
    {
        ["currencyCode"] = null,
        ["forecastPeriod"] = new Dictionary<string, object?> { ["startDate"] = null, ["endDate"] = null },
        ["campaign"] = new Dictionary<string, object?>
        {
            ["languageConstants"] = null, ["geoTargetConstants"] = null,
            ["biddingStrategy"] = new Dictionary<string, object?>
            {
                ["manualCpcBiddingStrategy"] = new Dictionary<string, object?> { ["dailyBudgetMicros"] = null, ["maxCpcBidMicros"] = null },
                ["maximizeClicksBiddingStrategy"] = new Dictionary<string, object?> { ["dailyTargetSpendMicros"] = null, ["maxCpcBidCeilingMicros"] = null },
                ["maximizeConversionsBiddingStrategy"] = new Dictionary<string, object?> { ["dailyTargetSpendMicros"] = null },
            },
            ["adGroups"] = new Dictionary<string, object?> { ["keywords"] = new Dictionary<string, object?> { ["text"] = null, ["matchType"] = null } },
        },
    };

    /// <returns>Google's complaint about the request, or null when v26 would take it.</returns>
    static string? ShapeProblem(string method, JsonObject body)
    {
        if (UnknownField(body, method == ForecastMetrics ? ForecastRequest : HistoricalRequest, "") is { } unknown)
            return $"Invalid JSON payload received. Unknown name \"{unknown}\".";
        if (method == HistoricalMetrics)
            return null;

        var manualCpc = body["campaign"]?["biddingStrategy"]?["manualCpcBiddingStrategy"];
        if (manualCpc?["maxCpcBidMicros"] is null)
            return "campaign.bidding_strategy.manual_cpc_bidding_strategy.max_cpc_bid_micros is required.";
        if (body["campaign"]?["adGroups"] is not JsonArray { Count: > 0 } adGroups
            || adGroups.Any(group => group?["keywords"] is not JsonArray { Count: > 0 }))
            return "campaign.ad_groups[].keywords requires at least one keyword.";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (!DateOnly.TryParseExact(body["forecastPeriod"]?["startDate"]?.GetValue<string>(), "yyyy-MM-dd", out var start)
            || !DateOnly.TryParseExact(body["forecastPeriod"]?["endDate"]?.GetValue<string>(), "yyyy-MM-dd", out var end)
            || start <= today || end < start || end > today.AddYears(1))
            return "forecast_period: the start date must be in the future and the end date within 1 year from today.";
        return null;
    }

    static string? UnknownField(JsonNode? node, Dictionary<string, object?> schema, string path)
    {
        foreach (var element in node is JsonArray array ? array.ToList() : [node])
        {
            if (element is not JsonObject fields)
                continue;
            foreach (var (name, value) in fields)
            {
                if (!schema.TryGetValue(name, out var inner))
                    return path + name;
                if (inner is Dictionary<string, object?> message && UnknownField(value, message, $"{path}{name}.") is { } deeper)
                    return deeper;
            }
        }
        return null;
    }

    static (double Clicks, long CostMicros, long AverageCpcMicros) DefaultForecast(decimal maxCpc)
    {
        // Diminishing returns: each cent of bid buys fewer new clicks, at an average CPC of 70 % of the bid.
        var clicks = Math.Round(400 * (1 - Math.Exp(-(double)maxCpc / 1.5)), 2);
        var averageCpcMicros = (long)(maxCpc * 700_000m);
        return (clicks, (long)Math.Round(clicks * averageCpcMicros), averageCpcMicros);
    }

    JsonObject ForecastAnswer(JsonObject request)
    {
        var bid = long.Parse(request["campaign"]!["biddingStrategy"]!["manualCpcBiddingStrategy"]!["maxCpcBidMicros"]!.ToString(),
            System.Globalization.CultureInfo.InvariantCulture) / 1_000_000m;
        var (clicks, costMicros, averageCpcMicros) = Forecast(bid);
        return new JsonObject
        {
            ["campaignForecastMetrics"] = new JsonObject
            {
                ["clicks"] = clicks,
                ["costMicros"] = costMicros.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["averageCpcMicros"] = averageCpcMicros.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    JsonObject HappyAnswer(JsonObject request)
    {
        var withAverageCpc = request["historicalMetricsOptions"]?["includeAverageCpc"]?.GetValue<bool>() == true;
        var asked = request["keywords"]!.AsArray().Select(keyword => keyword!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var results = new JsonArray();
        foreach (var (text, (variants, metrics)) in Metrics.Where(known => asked.Contains(known.Key) || known.Value.CloseVariants.Any(asked.Contains)))
            results.Add(new JsonObject
            {
                ["text"] = text,
                ["closeVariants"] = new JsonArray(variants.Select(variant => (JsonNode)JsonValue.Create(variant)!).ToArray()),
                ["keywordMetrics"] = WithoutAverageCpcUnless(withAverageCpc, metrics.DeepClone().AsObject()),
            });
        return new JsonObject { ["results"] = results };
    }

    static JsonObject WithoutAverageCpcUnless(bool asked, JsonObject metrics)
    {
        if (!asked)
            metrics.Remove("averageCpcMicros");
        return metrics;
    }

    public static Func<HttpContext, Task> Status(int status, object? body = null) => async context =>
    {
        context.Response.StatusCode = status;
        if (body is not null)
            await context.Response.WriteAsJsonAsync(body);
    };

    /// <summary>Google's REST error for a quota: 429 RESOURCE_EXHAUSTED with a QuotaError and its retry delay.</summary>
    public static Func<HttpContext, Task> Quota(string quotaError, string retryDelay) => Status(429, JsonSerializer.Deserialize<JsonObject>($$"""
        { "error": { "code": 429, "message": "Resource has been exhausted (e.g. check quota).", "status": "RESOURCE_EXHAUSTED",
          "details": [ { "@type": "type.googleapis.com/google.ads.googleads.{{ApiVersion}}.errors.GoogleAdsFailure",
            "errors": [ { "errorCode": { "quotaError": "{{quotaError}}" }, "message": "Too many requests.",
                          "details": { "quotaErrorDetails": { "rateScope": "DEVELOPER", "rateName": "Number of requests", "retryDelay": "{{retryDelay}}" } } } ],
            "requestId": "fake-request" } ] } }
        """));

    public static Func<HttpContext, Task> Slow(TimeSpan delay) => async context =>
    {
        await Task.Delay(delay, context.RequestAborted);
        await context.Response.WriteAsync("{}");
    };

    /// <summary>No answer until the caller gives up (or the fake stops).</summary>
    static Func<HttpContext, Task> Hang() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The caller timed out, which is the point.
        }
    };

    /// <summary>Every keyword asked comes back with an average CPC that is not an int64.</summary>
    static Func<HttpContext, Task> MalformedFor(JsonObject request) => context =>
    {
        var results = new JsonArray(request["keywords"]!.AsArray().Select(keyword => (JsonNode)new JsonObject
        {
            ["text"] = keyword!.GetValue<string>(),
            ["keywordMetrics"] = new JsonObject { ["averageCpcMicros"] = "two dollars" },
        }).ToArray());
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["results"] = results }.ToJsonString());
    };

    public static Func<HttpContext, Task> Malformed() => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("""{ "results": [ { "text": "coffee shop", "keywordMetrics": { "averageCpcMicros": "two dollars" } } ] }""");
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record PlannerCall(string Version, string CustomerId, string DeveloperToken, string LoginCustomerId, JsonObject Body, string Method)
{
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<string> Keywords => Body["keywords"]!.AsArray().Select(keyword => keyword!.GetValue<string>()).ToList();
}
