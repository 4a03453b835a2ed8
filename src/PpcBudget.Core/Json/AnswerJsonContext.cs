using System.Text.Json.Serialization;
using PpcBudget.Core.Checks;
using PpcBudget.Core.Roi;
using PpcBudget.Core.Testing;

namespace PpcBudget.Core.Json;

/// <summary>
/// The phases' answers as <see cref="StrictJson"/> writes them (camelCase, nulls left out), by serializers generated at
/// build time: they write an answer straight, where the options' contract walks it through its converters (README,
/// Performance). Writing only: requests are read by <see cref="StrictJson"/>, whose checks this does not carry.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(TestingBudget))]
[JsonSerializable(typeof(RoiReport))]
[JsonSerializable(typeof(BudgetCheckReport))]
public sealed partial class AnswerJsonContext : JsonSerializerContext;
