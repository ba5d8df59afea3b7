using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

public sealed class DecimalFilterInputType : InputObjectGraphType
{
    public DecimalFilterInputType()
    {
        Name = "DecimalFilterInput";
        ComparableFilterFields.Add<DecimalGraphType>(this);
    }
}
