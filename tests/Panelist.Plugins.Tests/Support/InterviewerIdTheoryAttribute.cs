using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Support;

/// <summary>
/// A theory that needs SDK 1.1's stable interviewer id on interview events (<c>InterviewEvent.InterviewerId</c>),
/// which the events change adds; until the SDK has it, no event can name an interviewer by id and the theory skips.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InterviewerIdTheoryAttribute : TheoryAttribute
{
    public InterviewerIdTheoryAttribute()
    {
        if (typeof(InterviewEvent).GetProperty("InterviewerId") is null)
        {
            Skip = "The SDK's interview events carry no InterviewerId yet.";
        }
    }
}
