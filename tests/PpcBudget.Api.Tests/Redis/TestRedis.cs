using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PpcBudget.Api.Tests.Redis;

/// <summary>
/// The real redis-server the tests share, named by <c>PPCBUDGET_TEST_REDIS</c> (host:port; .ci/run starts one and sets
/// it). Each test keeps its keys under a prefix of its own, so tests running at once never see each other's quota or limits.
/// </summary>
public static class TestRedis
{
    public const string Variable = "PPCBUDGET_TEST_REDIS";

    public static string? Address => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address ? address : null;

    public static string NewKeyPrefix() => $"test-{Guid.NewGuid():N}:";
}

/// <summary>A fact that needs a real Redis: skipped, saying why, when <see cref="TestRedis.Variable"/> is unset.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (TestRedis.Address is null)
            Skip = $"No real Redis: set {TestRedis.Variable}=host:port (.ci/run starts one).";
    }
}

/// <summary>A redis-server of a test's own, on a free loopback port, that the test can stop and start again.</summary>
public sealed class OwnRedisServer : IDisposable
{
    Process? _server;

    public int Port { get; } = FreePort();

    public string Address => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (tries < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Killed, as a crash or a lost network would leave it: no goodbye to the clients.</summary>
    public void Stop()
    {
        if (_server is null)
            return;
        _server.Kill();
        _server.WaitForExit();
        _server.Dispose();
        _server = null;
    }

    public void Dispose() => Stop();

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
