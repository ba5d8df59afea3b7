using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class RaceEthnicityType : EnumerationGraphType<RaceEthnicity>
{
    public RaceEthnicityType() => Name = "RaceEthnicity";
}
