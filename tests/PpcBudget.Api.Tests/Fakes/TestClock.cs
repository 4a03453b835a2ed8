namespace PpcBudget.Api.Tests.Fakes;

/// <summary>The system's time, moved on by <see cref="Advance"/>: a test lives through a day-long quota stop in a moment.</summary>
public sealed class TestClock : TimeProvider
{
    long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
