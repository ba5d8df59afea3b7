namespace Panelist.Domain.Seeding;

/// <summary>A clock that always says the same instant, so generated data is reproducible.</summary>
internal sealed class FixedTimeProvider(DateTime instant) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(instant, TimeSpan.Zero);
}
