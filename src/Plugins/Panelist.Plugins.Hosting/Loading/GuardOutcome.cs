namespace Panelist.Plugins.Hosting.Loading;

/// <summary>
/// What became of one call into plugin code: a value, a timeout, or a failure described in words. A timeout
/// is <see cref="Hung"/> when the call ignored its budget's cancellation and was abandoned still running.
/// </summary>
internal readonly record struct GuardOutcome<T>(T? Value, bool TimedOut, string? Failure, bool Hung = false)
    where T : class
{
    public static GuardOutcome<T> Answered(T value) => new(value, false, null);

    public static GuardOutcome<T> Expired(bool hung) => new(null, true, null, hung);

    public static GuardOutcome<T> Failed(string failure) => new(null, false, failure);
}
