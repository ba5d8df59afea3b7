using GraphQL.Types;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class MatchExclusionCodeType : EnumerationGraphType<MatchExclusionCode>
{
    public MatchExclusionCodeType() => Name = "MatchExclusionCode";
}
