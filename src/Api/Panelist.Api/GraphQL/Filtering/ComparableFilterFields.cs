using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

internal static class ComparableFilterFields
{
    public static void Add<TScalar>(InputObjectGraphType type)
        where TScalar : ScalarGraphType
    {
        type.Field<TScalar>("eq");
        type.Field<TScalar>("neq");
        type.Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("At most 100 values.");
        type.Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description("At most 100 values.");
        type.Field<TScalar>("gt");
        type.Field<TScalar>("gte");
        type.Field<TScalar>("lt");
        type.Field<TScalar>("lte");
    }
}
