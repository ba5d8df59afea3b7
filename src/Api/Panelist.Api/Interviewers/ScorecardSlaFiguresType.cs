using GraphQL.Types;
using Panelist.Domain.Sla;

namespace Panelist.Api.Interviewers;

public sealed class ScorecardSlaFiguresType : ObjectGraphType<ScorecardSlaFigures>
{
    public ScorecardSlaFiguresType()
    {
        Name = "ScorecardSlaFigures";
        Description = "How the interviewer's scorecards met the scorecard SLA, over their completed interviews with a due time.";
        Field(f => f.OnTime).Description("Submitted by the due time.");
        Field(f => f.Late).Description("Submitted after the due time, or still missing after it.");
        Field(f => f.Open).Description("Not submitted and not yet due.");
        Field(f => f.Breached).Description("Escalated to the recruiter by the SLA job.");
    }
}
