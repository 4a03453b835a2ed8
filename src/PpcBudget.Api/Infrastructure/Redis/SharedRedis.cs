using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace PpcBudget.Api.Infrastructure.Redis;

/// <summary>
/// The one connection to Redis every shared piece uses. A dead Redis never fails or stalls a request: the connection is
/// made in the background and remade by itself, commands fail at once while it is down instead of queueing, and
/// <see cref="EvaluateAsync"/> answers null, so the caller falls back to what this instance knows.
/// </summary>
public sealed partial class SharedRedis : IHostedService, IDisposable
{
    // Before the configured string, so that it can override them: a request waits at most about half a second on Redis.
    const string Defaults = "abortConnect=false,connectTimeout=1000,syncTimeout=500,asyncTimeout=500,connectRetry=1,";

    readonly Task<IConnectionMultiplexer> _connecting;
    readonly ILogger<SharedRedis> _logger;
    volatile string? _lastFailure;

    public SharedRedis(IOptions<RedisOptions> options, ILogger<SharedRedis> logger)
    {
        _logger = logger;
        KeyPrefix = options.Value.KeyPrefix;
        var configuration = ConfigurationOptions.Parse(Defaults + options.Value.Configuration);
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        Endpoints = string.Join(", ", configuration.EndPoints.Select(EndPointCollection.ToString));
        _connecting = ConnectAsync(configuration);
    }

    /// <summary>Where Redis is, for /readyz and the logs (never the password).</summary>
    public string Endpoints { get; }

    public string KeyPrefix { get; }

    /// <summary>Why the last command or connection failed, while Redis is unreachable.</summary>
    public string? LastFailure => _lastFailure;

    public RedisKey Key(string name) => KeyPrefix + name;

    /// <summary>For the cache's own client (RedisCache): the same connection.</summary>
    public Task<IConnectionMultiplexer> ConnectionAsync() => _connecting;

    /// <summary>The database while Redis is connected, else null; waits only for the first connection attempt.</summary>
    public async ValueTask<IDatabase?> DatabaseAsync()
    {
        var connection = await _connecting;
        return connection.IsConnected ? connection.GetDatabase() : null;
    }

    /// <summary>Runs a Lua script; null when Redis is unreachable or slow, which the caller answers from local state.</summary>
    public async ValueTask<RedisResult?> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values)
    {
        if (await DatabaseAsync() is not { } database)
            return null;
        try
        {
            return await database.ScriptEvaluateAsync(script, keys, values);
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
            _lastFailure = failure.Message;
            LogCommandFailed(_logger, failure);
            return null;
        }
    }

    async Task<IConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        connection.ConnectionFailed += (_, failed) =>
        {
            _lastFailure = $"{failed.FailureType}: {failed.Exception?.Message}";
            LogConnectionFailed(_logger, Endpoints, _lastFailure);
        };
        connection.ConnectionRestored += (_, _) =>
        {
            _lastFailure = null;
            LogConnectionRestored(_logger, Endpoints);
        };
        if (!connection.IsConnected)
        {
            _lastFailure ??= $"no connection within {configuration.ConnectTimeout} ms of starting; retrying";
            LogConnectionFailed(_logger, Endpoints, _lastFailure);
        }
        return connection;
    }

    // The first connection attempt (at most connectTimeout) is made before the service listens, so that its first
    // requests already share; a Redis that is not there only delays the start by that much.
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => _connecting.WaitAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        if (_connecting.IsCompletedSuccessfully)
            _connecting.Result.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis at {Endpoints} is unreachable ({Failure}): cache, Google Ads quota and client limits are per instance until it is back")]
    static partial void LogConnectionFailed(ILogger logger, string endpoints, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {Endpoints} is reachable again: cache, Google Ads quota and client limits are shared")]
    static partial void LogConnectionRestored(ILogger logger, string endpoints);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A Redis command failed; answered from this instance")]
    static partial void LogCommandFailed(ILogger logger, Exception failure);
}
