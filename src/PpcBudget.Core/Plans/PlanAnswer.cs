using System.Text.Json.Serialization;
using PpcBudget.Core.Imports;

namespace PpcBudget.Core.Plans;

/// <summary>What every phase's answer has: its currency, what is worth knowing, what was read and what was left out.</summary>
public abstract record PlanAnswer
{
    /// <summary>ISO 4217 code of every amount in this answer.</summary>
    /// <example>USD</example>
    [JsonPropertyOrder(-1)]
    public required string Currency { get; init; }

    /// <summary>Things worth knowing about the plan that did not stop the calculation.</summary>
    [JsonPropertyOrder(1)]
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>What was read, when the plan came as a downloaded file: its format, rows, period and every row left out.</summary>
    [JsonPropertyOrder(2)]
    public FileInput? Input { get; init; }

    /// <summary>Keywords left out because they had no CPC and no estimate (only with <c>skipUnknownKeywords</c>).</summary>
    [JsonPropertyOrder(3)]
    public IReadOnlyList<string> SkippedKeywords { get; init; } = [];

    /// <summary>
    /// The answer with what came before its calculation — warnings from reading and pricing the plan (ahead of the
    /// answer's own), the keywords left out, what was read — so every entry point reports them the same way.
    /// </summary>
    public static TAnswer WithNotes<TAnswer>(TAnswer answer, IReadOnlyList<string> warnings, IReadOnlyList<string>? skipped = null,
        FileInput? input = null) where TAnswer : PlanAnswer
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(warnings);
        if (warnings.Count == 0 && skipped is null or { Count: 0 } && input is null)
            return answer;
        // A record's with clones the runtime type, so the phase's own fields stay.
        return (TAnswer)((PlanAnswer)answer with
        {
            Warnings = [.. warnings, .. answer.Warnings],
            SkippedKeywords = skipped ?? answer.SkippedKeywords,
            Input = input ?? answer.Input,
        });
    }
}
