namespace PpcBudget.Api.Infrastructure.Problems;

/// <summary>A failure that is not the caller's fault, answered as problem details with its own status and a message safe to show.</summary>
public sealed class ProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
