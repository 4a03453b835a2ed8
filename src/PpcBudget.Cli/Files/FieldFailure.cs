namespace PpcBudget.Cli.Files;

/// <summary>A field named the way the API and the Core validators name it (plan.keywords[0].cpc), with what is wrong.</summary>
sealed record FieldFailure(string Field, string Message);

/// <summary>Validation failed, locally or on the server; the command says which file or option each field came from.</summary>
sealed class ValidationFailedException(IReadOnlyList<FieldFailure> failures) : Exception("The input is not valid.")
{
    public IReadOnlyList<FieldFailure> Failures { get; } = failures;
}
