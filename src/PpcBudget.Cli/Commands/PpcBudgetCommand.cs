using System.CommandLine;
using PpcBudget.Cli.Files;

namespace PpcBudget.Cli.Commands;

static class PpcBudgetCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ppc-budget: what to spend on Google Ads to test keywords, whether each keyword pays, "
                                 + "and a budget regression check for CI. Plans are JSON (seeds/plan.schema.json) or CSV keyword lists.")
        {
            TestingCommand.Create(),
            RoiCommand.Create(),
            CheckCommand.Create(),
        };

        var parse = root.Parse(args);
        // System.CommandLine exits with 1 on a usage error, which a CI job would read as a budget regression.
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await Console.Error.WriteLineAsync($"ppc-budget: {error.Message}");
            await Console.Error.WriteLineAsync("Run 'ppc-budget --help' for the commands and their options.");
            return ExitCodes.CouldNotCheck;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs a command, naming every problem with the input and exiting 2 instead of 1 for anything that went wrong.</summary>
    public static async Task<int> Guard(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (BadInputException exception)
        {
            foreach (var problem in exception.Problems)
                await Console.Error.WriteLineAsync($"ppc-budget: {problem}");
            return ExitCodes.CouldNotCheck;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"ppc-budget: {exception.Message}");
            return ExitCodes.CouldNotCheck;
        }
    }
}
