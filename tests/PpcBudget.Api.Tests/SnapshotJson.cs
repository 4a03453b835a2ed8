using System.Text.Json;
using System.Text.Json.Nodes;
using Snapshooter;
using Snapshooter.Xunit;

namespace PpcBudget.Api.Tests;

public static class SnapshotJson
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Matches an answer against its committed snapshot, indented so that a change reads as a diff.</summary>
    public static void MatchSnapshot(this JsonNode answer, SnapshotNameExtension? name = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.ToJsonString(Indented);
        if (name is null)
            Snapshot.Match(text);
        else
            Snapshot.Match(text, name);
    }
}
