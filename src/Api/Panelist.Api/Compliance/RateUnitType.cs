using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class RateUnitType : EnumerationGraphType<RateUnit>
{
    public RateUnitType() => Description = "What a rate pays for.";
}
