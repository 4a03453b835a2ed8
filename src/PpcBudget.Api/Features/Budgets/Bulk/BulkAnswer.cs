using FluentValidation.Results;
using PpcBudget.Api.Infrastructure.Formats;

namespace PpcBudget.Api.Features.Budgets.Bulk;

/// <summary>A bulk run's outcome: the failures that refuse the plan, or the whole answer, written and waiting to be sent.</summary>
public sealed class BulkAnswer(IReadOnlyList<ValidationFailure> failures, Stream content, AnswerFormat format) : IAsyncDisposable
{
    public IReadOnlyList<ValidationFailure> Failures { get; } = failures;

    /// <summary>The answer's bytes, from the start.</summary>
    public Stream Content { get; } = content;

    public string ContentType { get; } = AnswerFormats.ContentType(format);

    /// <summary>The plan is refused; the spool, holding part of an answer, goes when this is disposed.</summary>
    public static BulkAnswer Failed(Stream spool, IReadOnlyList<ValidationFailure> failures) => new(failures, spool, AnswerFormat.Json);

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
