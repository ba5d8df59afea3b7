namespace Panelist.Domain.Compliance;

public enum PayoutStatus
{
    Pending,
    Approved,
    Paid,
}
