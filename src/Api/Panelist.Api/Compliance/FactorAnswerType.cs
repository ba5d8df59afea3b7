using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class FactorAnswerType : EnumerationGraphType<FactorAnswer>
{
    public FactorAnswerType() => Description = "Which way the evidence on one factor points: INDEPENDENT (for ABC, the prong is proven), CONTROLLED (the prong fails), UNKNOWN.";
}
