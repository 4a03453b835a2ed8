using PpcBudget.Cli.Files;

namespace PpcBudget.Cli.Commands;

static class Blame
{
    /// <summary>Turns failing fields into problems that name the file or option each field came from.</summary>
    public static async Task<T> FailuresOn<T>(this Task<T> answer, Func<FieldFailure, InputProblem> source)
    {
        try
        {
            return await answer;
        }
        catch (ValidationFailedException exception)
        {
            throw new BadInputException(exception.Failures.Select(source).ToList());
        }
    }
}
