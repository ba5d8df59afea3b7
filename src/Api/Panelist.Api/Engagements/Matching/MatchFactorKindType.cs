using GraphQL.Types;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class MatchFactorKindType : EnumerationGraphType<MatchFactorKind>
{
    public MatchFactorKindType() => Name = "MatchFactorKind";
}
