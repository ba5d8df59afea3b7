namespace Panelist.Plugins.Hosting.Loading;

/// <summary>What became of one call into plugin code: a value, a timeout, or a failure described in words.</summary>
internal readonly record struct GuardOutcome<T>(T? Value, bool TimedOut, string? Failure)
    where T : class
{
    public static GuardOutcome<T> Answered(T value) => new(value, false, null);

    public static GuardOutcome<T> Expired() => new(null, true, null);

    public static GuardOutcome<T> Failed(string failure) => new(null, false, failure);
}
