using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

/// <summary>Comparison operators for one field. String matching (contains, startsWith) ignores case.</summary>
public sealed class StringFilterInputType : InputObjectGraphType
{
    public StringFilterInputType()
    {
        Name = "StringFilterInput";
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("At most 100 values.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("At most 100 values.");
        Field<StringGraphType>("contains").Description("Case-insensitive substring.");
        Field<StringGraphType>("startsWith").Description("Case-insensitive prefix.");
    }
}

public sealed class IntFilterInputType : InputObjectGraphType
{
    public IntFilterInputType()
    {
        Name = "IntFilterInput";
        ComparableFilterFields.Add<IntGraphType>(this);
    }
}

public sealed class DecimalFilterInputType : InputObjectGraphType
{
    public DecimalFilterInputType()
    {
        Name = "DecimalFilterInput";
        ComparableFilterFields.Add<DecimalGraphType>(this);
    }
}

public sealed class DateTimeFilterInputType : InputObjectGraphType
{
    public DateTimeFilterInputType()
    {
        Name = "DateTimeFilterInput";
        ComparableFilterFields.Add<DateTimeOffsetGraphType>(this);
    }
}

public sealed class IdFilterInputType : InputObjectGraphType
{
    public IdFilterInputType()
    {
        Name = "IdFilterInput";
        Field<IdGraphType>("eq");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("At most 100 ids.");
    }
}

/// <summary><c>eq neq in nin</c> over one enum.</summary>
public sealed class EnumFilterInputType<TEnumType> : InputObjectGraphType
    where TEnumType : EnumerationGraphType
{
    public EnumFilterInputType()
    {
        var name = typeof(TEnumType).Name;
        Name = (name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name) + "FilterInput";
        Field<TEnumType>("eq");
        Field<TEnumType>("neq");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin");
    }
}

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
