namespace Panelist.Api.Tests.Support;

/// <summary>
/// A clock the test moves by hand (register it as the API's <see cref="TimeProvider"/>): scheduling
/// needs a start in the future and completion needs it in the past, so tests step over the boundary
/// instead of waiting for it. Create every client before moving it: tokens carry the clock's time.
/// </summary>
public sealed class MutableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
