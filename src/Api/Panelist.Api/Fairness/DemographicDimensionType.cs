using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class DemographicDimensionType : EnumerationGraphType<DemographicDimension>
{
    public DemographicDimensionType() => Name = "DemographicDimension";
}
