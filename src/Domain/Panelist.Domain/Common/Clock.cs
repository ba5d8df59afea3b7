namespace Panelist.Domain.Common;

/// <summary>
/// Instants the domain stores. PostgreSQL keeps microseconds, so instants are cut to microseconds
/// before anything (the audit hash above all) sees them; a round trip then returns the same value.
/// </summary>
public static class Clock
{
    public static DateTime Now(TimeProvider time) => Truncate(time.GetUtcNow().UtcDateTime);

    public static DateTime Truncate(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
