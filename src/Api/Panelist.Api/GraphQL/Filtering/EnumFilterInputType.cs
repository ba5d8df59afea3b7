using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

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
