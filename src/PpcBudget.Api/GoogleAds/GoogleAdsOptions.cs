using System.ComponentModel.DataAnnotations;

namespace PpcBudget.Api.GoogleAds;

/// <summary>
/// The <c>GoogleAds</c> configuration section (or <c>GoogleAds__*</c> environment variables). Credentials are secrets:
/// this class has no <c>ToString</c> that would print them, and nothing logs it.
/// </summary>
public sealed class GoogleAdsOptions
{
    public const string Section = "GoogleAds";

    [Required, Url] public string BaseUrl { get; set; } = "https://googleads.googleapis.com";

    [Required, RegularExpression(@"^v\d+$")] public string ApiVersion { get; set; } = "v26";

    [Required, Url] public string TokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    public string? DeveloperToken { get; set; }

    /// <summary>The account the planner is asked on behalf of, digits only (dashes are removed).</summary>
    public string? CustomerId { get; set; }

    /// <summary>The manager account, when access goes through one.</summary>
    public string? LoginCustomerId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? RefreshToken { get; set; }

    /// <summary>The ISO 4217 currency of the account: the planner answers in it.</summary>
    [Required, StringLength(3, MinimumLength = 3)] public string AccountCurrency { get; set; } = "USD";

    /// <summary>Google's planning-service quota is about one request a second.</summary>
    [Range(0.01, 100)] public double RequestsPerSecond { get; set; } = 1;

    [Range(1, 10)] public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")] public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00")] public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Beyond this the answer comes from the seed table, so a caller never waits more than about this long. A forecast
    /// curve gets this long for all its bids.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:05:00")] public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The longest quota <c>retryDelay</c> waited out within a call (when it also fits in what is left of
    /// <see cref="TotalTimeout"/>). A longer one stops every call to the planner until it has passed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")] public TimeSpan MaxQuotaRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(DeveloperToken) && !string.IsNullOrWhiteSpace(CustomerId)
        && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret) && !string.IsNullOrWhiteSpace(RefreshToken);

    public string CustomerIdDigits => (CustomerId ?? "").Replace("-", "", StringComparison.Ordinal);

    public string? LoginCustomerIdDigits => LoginCustomerId?.Replace("-", "", StringComparison.Ordinal);
}
