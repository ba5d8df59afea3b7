namespace Panelist.Plugins.Sdk;

/// <summary>The outcome of <see cref="IAtsConnector.CheckConnectionAsync"/>.</summary>
public sealed record ConnectionCheckResult
{
    private ConnectionCheckResult(bool succeeded, string? reason)
    {
        Succeeded = succeeded;
        Reason = reason;
    }

    /// <summary>Whether the ATS accepted the installation's settings.</summary>
    public bool Succeeded { get; }

    /// <summary>Why the check failed, for an admin (e.g. <c>The API key was refused (401).</c>); <see langword="null"/> on success.</summary>
    public string? Reason { get; }

    /// <summary>The ATS answered and accepted the settings.</summary>
    /// <returns>A successful result.</returns>
    public static ConnectionCheckResult Ok() => new(true, null);

    /// <summary>The check failed.</summary>
    /// <param name="reason">Why, in words an admin can act on; never a secret.</param>
    /// <returns>A failed result.</returns>
    public static ConnectionCheckResult Failed(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(false, reason);
    }
}
