using GraphQL.Types;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class PricingModelType : EnumerationGraphType<PricingModel>
{
    public PricingModelType() => Name = "PricingModel";
}
