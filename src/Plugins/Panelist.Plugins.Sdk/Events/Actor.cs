namespace Panelist.Plugins.Sdk.Events;

/// <summary>
/// Who made the change (SDK 1.1), e.g. for an ATS note "rescheduled by …". An interviewer's e-mail is private
/// and a candidate's is personal data, so neither is ever sent; only a staff person's own address is.
/// </summary>
public sealed record Actor
{
    /// <summary>What kind of actor it was.</summary>
    public ActorKind Kind { get; init; }

    /// <summary>
    /// The e-mail of the person who acted, only for <see cref="ActorKind.Staff"/> and <see cref="ActorKind.PlatformAdmin"/>, and only
    /// when their sign-in provides one; otherwise <see langword="null"/>.
    /// </summary>
    public string? Email { get; init; }
}
