namespace Panelist.Domain.Interviewers;

public enum InterviewerStatus
{
    Applicant,
    Onboarding,
    Active,
    Suspended,
    Offboarded,
}
