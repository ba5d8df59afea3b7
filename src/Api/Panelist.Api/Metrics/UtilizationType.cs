using GraphQL.Types;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class UtilizationType : ObjectGraphType<Utilization>
{
    public UtilizationType()
    {
        Name = "Utilization";
        Description = "Booked interview slots against the slots the engagements' interviewers offered.";
        Field(u => u.BookedInterviews).Description("Billable interviews (SCHEDULED, COMPLETED, NO_SHOW_CANDIDATE) whose scheduledStart is in the window.");
        Field(u => u.OfferedSlots).Description("Σ over engagements in scope of weeklyCapacity × (days of the window between its startsAt and the earlier of endsAt and closedAt) / 7.");
        Field(u => u.Value, nullable: true).Description("bookedInterviews / offeredSlots; null when offeredSlots is 0.");
    }
}
