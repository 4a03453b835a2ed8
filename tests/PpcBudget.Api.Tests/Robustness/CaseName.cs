using Xunit.Abstractions;

namespace PpcBudget.Api.Tests.Robustness;

/// <summary>A generated case by its name, so a test report lists each in full (xunit shortens string arguments to 50 characters).</summary>
public sealed class CaseName : IXunitSerializable
{
    [Obsolete("For xunit's deserializer only.")]
    public CaseName() { }

    public CaseName(string name) => Name = name;

    public string Name { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info) => Name = info.GetValue<string>(nameof(Name));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Name), Name);

    public override string ToString() => Name;
}
