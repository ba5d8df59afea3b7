using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ContractedServiceType : ObjectGraphType<ContractedService>
{
    public ContractedServiceType()
    {
        Name = "ContractedService";
        Description = "One itemized service of a freelance contract, at its rate in the contract's currency.";
        Field(s => s.Description);
        Field(s => s.Unit, type: typeof(NonNullGraphType<RateUnitType>));
        Field(s => s.Rate);
    }
}
