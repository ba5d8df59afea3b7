using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

public sealed class IntFilterInputType : InputObjectGraphType
{
    public IntFilterInputType()
    {
        Name = "IntFilterInput";
        ComparableFilterFields.Add<IntGraphType>(this);
    }
}
