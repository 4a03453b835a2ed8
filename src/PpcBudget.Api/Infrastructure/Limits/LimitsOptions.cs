using System.ComponentModel.DataAnnotations;

namespace PpcBudget.Api.Infrastructure.Limits;

/// <summary>The <c>Limits</c> section: how much a request may carry, how long it may take, how often a client may call.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Limits";

    /// <summary>A JSON plan of 10,000 keywords is about 300 KB; larger plans go as CSV.</summary>
    [Range(1024, 1L << 30)] public long MaxJsonBodyBytes { get; set; } = 1L * 1024 * 1024;

    /// <summary>A 1,000,000-row CSV plan is about 30 MB.</summary>
    [Range(1024, 1L << 32)] public long MaxCsvBodyBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Beyond this a request is answered 503 and its work cancelled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests a client (API key, else IP address) may make at once: a spreadsheet recalculating 1,000 cells.</summary>
    [Range(0, 1_000_000)] public int RequestsPerClientBurst { get; set; } = 1_000;

    /// <summary>How fast a client's allowance refills, per second; 0 turns rate limiting off.</summary>
    [Range(0, 1_000_000)] public int RequestsPerClientPerSecond { get; set; } = 200;
}
