using System.Diagnostics;

namespace PpcBudget.Cli.Tests;

/// <summary>What the tool printed and how it exited.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>
/// Runs the built ppc-budget tool as a separate process, as a CI job does, in a scratch folder holding copies of the
/// sample plans (plans/coffee-shop.json, ...) that a test may edit.
/// </summary>
public sealed class PpcBudgetTool : IDisposable
{
    static readonly string ToolDll = Path.Combine(AppContext.BaseDirectory, "ppc-budget.dll");

    public string Folder { get; } = Directory.CreateTempSubdirectory("ppc-budget-tests-").FullName;

    /// <summary>Environment variables for the tool's runs; the machine's own API key variable never leaks in.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public PpcBudgetTool()
    {
        foreach (var folder in new[] { "plans", "downloads" })
        {
            Directory.CreateDirectory(Path.Combine(Folder, folder));
            foreach (var sample in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder)))
                File.Copy(sample, Path.Combine(Folder, folder, Path.GetFileName(sample)));
        }
    }

    public async Task<ToolRun> Run(params string[] args)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("PPCBUDGET_API_KEY");
        foreach (var (name, value) in Environment)
            start.Environment[name] = value;
        start.ArgumentList.Add(ToolDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await output, await errors);
    }

    /// <summary>Changes a scratch copy of a file, such as raising a CPC in plans/coffee-shop.json.</summary>
    public void Edit(string file, string find, string replaceWith)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replaceWith, StringComparison.Ordinal));
    }

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Folder, file), text);

    public string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
