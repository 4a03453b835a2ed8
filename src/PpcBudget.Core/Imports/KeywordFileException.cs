namespace PpcBudget.Core.Imports;

/// <summary>One thing wrong with a keyword file, located as precisely as the file allows.</summary>
/// <param name="Line">1-based line of the file, when the problem has one.</param>
/// <param name="Column">The column's name as the header writes it, when the problem is in one cell or column.</param>
/// <param name="Message">What is wrong and, where it helps, how to send it instead.</param>
public sealed record KeywordFileProblem(int? Line, string? Column, string Message)
{
    public override string ToString() => (Line, Column) switch
    {
        (null, null) => Message,
        (null, { } column) => $"column '{column}': {Message}",
        ({ } line, null) => $"line {line}: {Message}",
        ({ } line, { } column) => $"line {line}, column '{column}': {Message}",
    };
}

/// <summary>A keyword file that cannot be read without guessing. Nothing in it was read.</summary>
public sealed class KeywordFileException : Exception
{
    public const int MaxProblems = 100;

    public KeywordFileException(IReadOnlyList<KeywordFileProblem> problems, int moreProblems)
        : base(Describe(problems, moreProblems))
    {
        Problems = problems;
        MoreProblems = moreProblems;
    }

    public KeywordFileException()
        : this([], 0)
    {
    }

    public KeywordFileException(string message)
        : this([new KeywordFileProblem(null, null, message)], 0)
    {
    }

    public KeywordFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new KeywordFileProblem(null, null, message)];
    }

    /// <summary>The first <see cref="MaxProblems"/> problems, in the order of the file.</summary>
    public IReadOnlyList<KeywordFileProblem> Problems { get; }

    /// <summary>How many further problems were found and not listed.</summary>
    public int MoreProblems { get; }

    static string Describe(IReadOnlyList<KeywordFileProblem> problems, int moreProblems)
    {
        if (problems.Count == 0)
            return "The keyword file cannot be read.";
        var others = problems.Count - 1 + moreProblems;
        return others > 0
            ? $"The keyword file cannot be read ({others} more problems after this one): {problems[0]}"
            : $"The keyword file cannot be read: {problems[0]}";
    }
}

/// <summary>Problems as they are found: the first hundred kept, the rest only counted, so a broken file stays cheap to report.</summary>
sealed class ProblemList
{
    readonly List<KeywordFileProblem> _kept = [];

    public int MoreProblems { get; private set; }

    public bool Any => _kept.Count > 0;

    public void Add(int? line, string? column, string message)
    {
        if (_kept.Count < KeywordFileException.MaxProblems)
            _kept.Add(new KeywordFileProblem(line, column, message));
        else
            MoreProblems++;
    }

    public void ThrowIfAny()
    {
        if (Any)
            throw new KeywordFileException(_kept, MoreProblems);
    }

    public static KeywordFileException One(int? line, string? column, string message) =>
        new([new KeywordFileProblem(line, column, message)], 0);
}
