using GraphQL.Types;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class MatchExclusionType : ObjectGraphType<MatchExclusion>
{
    public MatchExclusionType()
    {
        Name = "MatchExclusion";
        Field(e => e.Code, type: typeof(NonNullGraphType<MatchExclusionCodeType>));
        Field(e => e.Message);
    }
}
