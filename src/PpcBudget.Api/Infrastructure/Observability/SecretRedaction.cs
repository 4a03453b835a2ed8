using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PpcBudget.Api.Infrastructure.Auth;

namespace PpcBudget.Api.Infrastructure.Observability;

/// <summary>
/// Every log line passes through here before any provider sees it: the <c>apiKey</c> query parameter a spreadsheet
/// sends (the server logs request URLs before any of our code runs) and every configured secret are replaced by ***.
/// </summary>
public static partial class SecretRedaction
{
    public const string Mask = "***";

    public static IServiceCollection AddSecretRedaction(this IServiceCollection services)
    {
        // The factory, not each provider, is wrapped: provider-specific log filters keep working.
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new RedactingLoggerFactory(
            ActivatorUtilities.CreateInstance<LoggerFactory>(provider), () => Secrets(provider))));
        return services;
    }

    /// <summary>Every secret a part of the service registered (<see cref="LoggedSecrets"/>): API keys, Google Ads' tokens.</summary>
    static List<string> Secrets(IServiceProvider provider) =>
        provider.GetServices<LoggedSecrets>().SelectMany(source => source.Current())
            .OfType<string>().Where(secret => secret.Length >= 4).Distinct().ToList();

    public static string Redact(string text, IReadOnlyList<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        var redacted = text.Contains('=', StringComparison.Ordinal) ? QueryParameter().Replace(text, MaskIfApiKey) : text;
        foreach (var secret in secrets)
            redacted = redacted.Replace(secret, Mask, StringComparison.Ordinal);
        return redacted;
    }

    /// <summary>
    /// The value of a query parameter whose name, once decoded (<c>%61piKey</c>, <c>api%4Bey</c>, <c>api+Key</c>), is
    /// apiKey in any case and with any spaces: every spelling a client, a proxy or a spreadsheet may send, whether or not
    /// the service would read it as a key.
    /// </summary>
    static string MaskIfApiKey(Match parameter) =>
        IsApiKeyName(parameter.Groups["name"].Value) ? $"{parameter.Groups["before"].Value}{Mask}" : parameter.Value;

    static bool IsApiKeyName(string name)
    {
        // Twice more than a server decodes: a name escaped again by a proxy still counts.
        var decoded = name;
        for (var pass = 0; pass < 3 && decoded.Contains('%', StringComparison.Ordinal) || pass == 0; pass++)
            decoded = Uri.UnescapeDataString(decoded.Replace('+', ' '));
        return string.Concat(decoded.Where(character => !char.IsWhiteSpace(character) && !char.IsControl(character)))
            .Equals(ApiKeys.QueryParameter, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<before>(?:^|[?&;\s])(?<name>[^=?&;#\s""']{1,256})=)[^&;#\s""']*")]
    private static partial Regex QueryParameter();

    sealed class RedactingLoggerFactory(ILoggerFactory inner, Func<IReadOnlyList<string>> secrets) : ILoggerFactory
    {
        IReadOnlyList<string>? _secrets;

        IReadOnlyList<string> Known => _secrets ??= secrets();

        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), () => Known);

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    sealed class RedactingLogger(ILogger inner, Func<IReadOnlyList<string>> secrets) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
                return;
            var known = secrets();
            var message = formatter(state, exception);
            var values = state as IEnumerable<KeyValuePair<string, object?>>;
            var leaks = Redact(message, known) != message
                        || values?.Any(pair => pair.Value is string text && Redact(text, known) != text) == true
                        || (exception is not null && Redact(exception.ToString(), known) != exception.ToString());
            if (!leaks)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            var redactedValues = (values ?? []).Select(pair => new KeyValuePair<string, object?>(pair.Key,
                pair.Value is string text ? Redact(text, known) : pair.Value)).ToList();
            var redactedMessage = Redact(message, known);
            var redactedException = exception is null ? null : new RedactedException(Redact(exception.ToString(), known));
            inner.Log(logLevel, eventId, redactedValues, redactedException, (_, _) => redactedMessage);
        }
    }

    /// <summary>Stands in for an exception whose text held a secret: its message is the redacted text of the original.</summary>
    sealed class RedactedException(string redacted) : Exception(redacted)
    {
        public override string ToString() => Message;
    }
}

/// <summary>Secrets a part of the service holds (read when logging starts and as configuration changes), which no log line may show.</summary>
public sealed class LoggedSecrets(Func<IEnumerable<string?>> current)
{
    public IEnumerable<string?> Current() => current();
}
