using GraphQL.Builders;
using GraphQL.Types;

namespace Panelist.Api.GraphQL.Projection;

/// <summary>
/// Which properties of its source entity a field's resolver reads, for <see cref="SelectedColumns"/>. A field made from
/// a property expression (<c>Field(i =&gt; i.Status)</c>) says so itself; any other field of a projected type declares it
/// with <see cref="Reads{TSource, TReturn}"/>. A field that says neither makes its type's reads whole rows.
/// </summary>
public static class FieldReads
{
    private const string Key = "panelist.reads";

    /// <summary>What GraphQL.NET records on a field made from a member expression: the member's name.</summary>
    private const string ExpressionMember = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>Declares the entity properties this field's resolver reads (none: it needs only what every read loads).</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] properties)
    {
        field.FieldType.Metadata[Key] = properties;
        return field;
    }

    /// <summary>The properties the field reads, or null when it does not say.</summary>
    public static IReadOnlyList<string>? Of(FieldType field) =>
        field.GetMetadata<string[]?>(Key) is { } declared ? declared
        : field.GetMetadata<string?>(ExpressionMember) is { } member ? [member]
        : null;
}
