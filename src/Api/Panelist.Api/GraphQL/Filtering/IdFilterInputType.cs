using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

public sealed class IdFilterInputType : InputObjectGraphType
{
    public IdFilterInputType()
    {
        Name = "IdFilterInput";
        Field<IdGraphType>("eq");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("At most 100 ids.");
    }
}
