using GraphQL.Types;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed class ScorecardStatusType : EnumerationGraphType<ScorecardStatus>
{
    public ScorecardStatusType() => Name = "ScorecardStatus";
}
