namespace Panelist.Domain.Metrics;

/// <summary>Booked interview slots against the slots the engagements offered over the window.</summary>
public sealed record Utilization(int BookedInterviews, double OfferedSlots)
{
    public double? Value => OfferedSlots == 0 ? null : BookedInterviews / OfferedSlots;
}
