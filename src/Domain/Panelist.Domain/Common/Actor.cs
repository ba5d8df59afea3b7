namespace Panelist.Domain.Common;

/// <summary>
/// The one who performs an operation: recorded in the audit trail and checked by the rules that
/// depend on identity (only the assigned interviewer submits a scorecard, only an admin overrides a rate).
/// </summary>
/// <param name="Type">User, interviewer, system or connector.</param>
/// <param name="Id">The user's subject, the interviewer's id, or the system component's name.</param>
/// <param name="Role">The role the actor acts in.</param>
/// <param name="InterviewerId">Set when the actor is an interviewer.</param>
/// <param name="Email">
/// A staff user's e-mail from their sign-in, when it has one; it tells the client's ATS who made a change. Never set for an
/// interviewer, whose e-mail is private.
/// </param>
public sealed record Actor(ActorType Type, string Id, Role Role, Guid? InterviewerId = null, string? Email = null)
{
    public static Actor System(string component) => new(ActorType.System, component, Role.System);

    public static Actor User(string subject, Role role, string? email = null) =>
        new(ActorType.User, subject, role, Email: string.IsNullOrWhiteSpace(email) ? null : email.Trim());

    public static Actor ForInterviewer(Guid interviewerId) =>
        new(ActorType.Interviewer, interviewerId.ToString(), Role.Interviewer, interviewerId);

    public bool IsPlatformAdmin => Role is Role.PlatformAdmin or Role.System;

    public bool CanOverrideRates => Role is Role.PlatformAdmin or Role.ClientAdmin or Role.System;
}
