using GraphQL.Types;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public sealed class SexType : EnumerationGraphType<Sex>
{
    public SexType() => Name = "Sex";
}
