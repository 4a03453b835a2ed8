using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using PpcBudget.Api.Features.Budgets.Testing;
using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>
/// Through a real Kestrel (the in-memory server has no data rates, chunk parser or connections to reset): a body sent
/// too slowly, a chunked body over the limit, a broken chunk and a connection dropped mid-body are each logged once as
/// the client's fault, at Information, with no stack trace and never as "An unhandled exception has occurred".
/// </summary>
public sealed class ClientFaultsTests(ITestOutputHelper output)
{
    const string Path = TestingBudgetEndpoint.Route;

    public static TheoryData<string> Faults => new()
    {
        "a body sent too slowly",
        "a chunked body over the limit",
        "a broken chunk",
        "a connection dropped mid-body",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AClientsFaultIsLoggedOnceAsSuchWithoutAStackTrace(string fault)
    {
        await using var api = PpcBudgetApi.With(new Dictionary<string, string?>
        {
            ["Limits:MaxJsonBodyBytes"] = "10000",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        });
        api.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2));
        });
        api.StartServer();
        var address = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        async Task Send(string text) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text));
        const string Json = "{ \"keywords\": [ { \"keyword\": \"a\", \"cpc\": 1 }";
        switch (fault)
        {
            case "a body sent too slowly":
                await Send($"POST {Path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
                for (var i = 0; i < 8 && tcp.Available == 0; i++)
                {
                    await Send(" ");
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
                break;
            case "a chunked body over the limit":
                await Send($"POST {Path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                var chunk = Json + string.Concat(Enumerable.Repeat(", { \"keyword\": \"a\", \"cpc\": 1 }", 100));
                for (var i = 0; i < 10; i++)
                    await Send($"{Encoding.ASCII.GetByteCount(chunk):X}\r\n{chunk}\r\n");
                break;
            case "a broken chunk":
                await Send($"POST {Path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                await Send($"{Json.Length:X}\r\n{Json}\r\nzz-not-a-size\r\n");
                break;
            default:
                await Send($"POST {Path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{Json}");
                await Task.Delay(1000);
                tcp.Client.LingerState = new LingerOption(true, 0);
                tcp.Client.Close();
                break;
        }

        var answer = "";
        if (tcp.Connected)
        {
            using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            var buffer = new byte[4096];
            try
            {
                var read = await stream.ReadAsync(buffer, reading.Token);
                answer = Encoding.UTF8.GetString(buffer, 0, read);
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException)
            {
                answer = $"(no answer: {exception.GetType().Name})";
            }
        }
        // Give the server the moment it takes to finish the request and write its log lines.
        await Task.Delay(500);
        await api.DisposeAsync();

        // What a service at its usual levels writes: Debug and Trace lines (Kestrel's own notes, with stacks) are off.
        var logs = api.Logs.Lines.Where(line => !line.StartsWith("Debug", StringComparison.Ordinal) && !line.StartsWith("Trace", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{fault}: answer {answer.Split('\n')[0].Trim()}");
        foreach (var line in logs.Where(line => !line.StartsWith("Information Microsoft.Hosting", StringComparison.Ordinal)))
            output.WriteLine(line.Length > 400 ? line[..400] : line);
        Assert.DoesNotContain(logs, line => line.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Contains("\n   at ", StringComparison.Ordinal));
        var faults = logs.Count(line => line.Contains("Client fault", StringComparison.Ordinal));
        // A connection dropped before the body is read never reaches the application: then nothing is logged at all.
        Assert.True(fault == "a connection dropped mid-body" ? faults <= 1 : faults == 1, $"{faults} lines say it was the client's fault.");
    }
}
