namespace PpcBudget.Cli.Commands;

/// <summary>What a CI job reads: 0 go, 1 the budget regressed, 2 nothing could be judged.</summary>
static class ExitCodes
{
    public const int Passed = 0;
    public const int Regression = 1;

    /// <summary>Bad input (a file, a field, an option), a missing baseline, or a server that could not be reached.</summary>
    public const int CouldNotCheck = 2;
}
