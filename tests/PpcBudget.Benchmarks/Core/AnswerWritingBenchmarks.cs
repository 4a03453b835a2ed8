using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using PpcBudget.Benchmarks.Plans;
using PpcBudget.Core.Json;
using PpcBudget.Core.Testing;

namespace PpcBudget.Benchmarks.Core;

/// <summary>
/// The load script's 10-keyword testing answer written as the service writes it (into a buffer, with the strict
/// options' encoder), through the options' contract and through the generated serializer (AnswerJsonContext).
/// </summary>
[MemoryDiagnoser]
public class AnswerWritingBenchmarks
{
    readonly ArrayBufferWriter<byte> _body = new(16 * 1024);
    TestingBudget _answer = null!;

    [GlobalSetup]
    public void CalculateTheAnswer() =>
        _answer = TestingBudgetCalculator.Calculate(JsonSerializer.Deserialize<TestingPlan>(File.ReadAllText(LoadPlan.Path), StrictJson.Options)!);

    [Benchmark(Baseline = true)]
    public int ThroughTheContract() => Write(StrictJson.Options.GetTypeInfo(typeof(TestingBudget)));

    [Benchmark]
    public int Generated() => Write(AnswerJsonContext.Default.TestingBudget);

    int Write(JsonTypeInfo contract)
    {
        _body.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_body, new JsonWriterOptions { Encoder = StrictJson.Options.Encoder, SkipValidation = true }))
            JsonSerializer.Serialize(writer, _answer, contract);
        return _body.WrittenCount;
    }
}
