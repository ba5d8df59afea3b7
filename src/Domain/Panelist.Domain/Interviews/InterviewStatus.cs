namespace Panelist.Domain.Interviews;

public enum InterviewStatus
{
    Requested,
    Scheduled,
    Completed,
    NoShowCandidate,
    NoShowInterviewer,
    Cancelled,
}
