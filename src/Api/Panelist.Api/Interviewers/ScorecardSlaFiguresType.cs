using GraphQL.Types;
using Panelist.Domain.Sla;

namespace Panelist.Api.Interviewers;

public sealed class ScorecardSlaFiguresType : ObjectGraphType<ScorecardSlaFigures>
{
    public ScorecardSlaFiguresType()
    {
        Name = "ScorecardSlaFigures";
        Description = "How the interviewer's scorecards met the scorecard SLA, over their completed interviews with a due time.";
        Field(f => f.OnTime).Description("The scorecard came in by the due time.");
        Field(f => f.Late).Description("The scorecard came in after the due time, or is still missing after it.");
        Field(f => f.Open).Description("The scorecard is not in yet and not yet due.");
        Field(f => f.Breached).Description("Escalated to the recruiter by the SLA job.");
    }
}
