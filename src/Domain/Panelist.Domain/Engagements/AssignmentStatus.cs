namespace Panelist.Domain.Engagements;

public enum AssignmentStatus
{
    Invited,
    Accepted,
    Declined,
    Removed,
}
