using GraphQL.Types;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class InterviewerStatusType : EnumerationGraphType<InterviewerStatus>
{
    public InterviewerStatusType() => Description = "Where an interviewer is in their lifecycle: APPLICANT → ONBOARDING → ACTIVE ⇄ SUSPENDED → OFFBOARDED.";
}
