namespace PpcBudget.Cli.Files;

/// <summary>One thing wrong with the input, and where: a file (with its field) or an option.</summary>
/// <param name="Source">The file's path as typed, or the option's name, such as --tolerance.</param>
/// <param name="Field">The field inside the file, such as keywords[0].cpc; null for the file or option as a whole.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
/// <param name="Line">The line of a CSV file the field comes from.</param>
sealed record InputProblem(string Source, string? Field, string Message, int? Line = null)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}:{line}" : Source;
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}

/// <summary>The input cannot be used; the tool names every problem and exits with <see cref="Commands.ExitCodes.CouldNotCheck"/>.</summary>
sealed class BadInputException(IReadOnlyList<InputProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public BadInputException(string source, string message) : this([new InputProblem(source, null, message)]) { }

    public IReadOnlyList<InputProblem> Problems { get; } = problems;
}
