using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL.Projection;

/// <summary>
/// The columns a batch read must load for the fields a request selects on the objects it returns: the union of the
/// selected fields' <see cref="FieldReads"/>, through inline fragments and fragment spreads that apply to the type, and
/// the loader's own keys. Null means whole rows: a field that does not say what it reads, a field of another type
/// (the resolver is not returning these objects), or projection switched off. <c>@skip</c>/<c>@include</c> are ignored,
/// which can only load more. Worked out once per field of a (cached) document and kept with its syntax node.
/// </summary>
public static class SelectedColumns
{
    /// <summary>For the objects of type <paramref name="typeName"/> the current field returns (itself, in a list, or as an interface).</summary>
    public static Columns<T>? Of<T>(IResolveFieldContext ctx, string typeName, params string[] keys)
        where T : class =>
        Cached<T>(ctx, typeName, keys, connection: false);

    /// <summary>For the nodes of the connection the current field returns (its <c>nodes</c> and <c>edges { node }</c>).</summary>
    public static Columns<T>? OfConnectionNodes<T>(IResolveFieldContext ctx, string typeName, params string[] keys)
        where T : class =>
        Cached<T>(ctx, typeName, keys, connection: true);

    /// <summary>
    /// What the selected fields of the <paramref name="typeName"/> object the current field returns read, for a resolver
    /// that computes only what is asked (the analyst's metrics); null when that is unknown (then compute everything).
    /// </summary>
    public static IReadOnlySet<string>? Reads(IResolveFieldContext ctx, string typeName)
    {
        if (!ReadsByField.TryGetValue(ctx.FieldAst, out var answer))
        {
            answer = new ReadsAnswer(Selected(ctx, typeName, [], connection: false));
            ReadsByField.AddOrUpdate(ctx.FieldAst, answer);
        }

        return answer.Reads;
    }

    private static readonly ConditionalWeakTable<GraphQLField, ReadsAnswer> ReadsByField = new();

    private sealed record ReadsAnswer(IReadOnlySet<string>? Reads);

    /// <summary>A batch loader's name for this column set (<c>prefix:key</c>), made once per set: loaders of different sets never share a batch.</summary>
    public static string LoaderName<T>(string prefix, Columns<T>? columns)
        where T : class =>
        columns is null ? prefix : columns.Named(prefix);

    private static Columns<T>? Cached<T>(IResolveFieldContext ctx, string typeName, string[] keys, bool connection)
        where T : class
    {
        // A field node belongs to one document, parsed and cached by one API host: the answer (the host's switch included) is the node's for good.
        var known = Known<T>.ByField;
        if (!known.TryGetValue(ctx.FieldAst, out var answer))
        {
            answer = new Answer<T>(Work<T>(ctx, typeName, keys, connection));
            known.AddOrUpdate(ctx.FieldAst, answer);
        }

        return answer.Columns;
    }

    private static Columns<T>? Work<T>(IResolveFieldContext ctx, string typeName, string[] keys, bool connection)
        where T : class =>
        Selected(ctx, typeName, keys, connection) is { } reads ? Columns.Of<T>(reads) : null;

    /// <summary><paramref name="keys"/> and what the selected fields read; null for unknown, or with projection switched off.</summary>
    private static HashSet<string>? Selected(IResolveFieldContext ctx, string typeName, string[] keys, bool connection)
    {
        if (!ctx.RequestServices!.GetRequiredService<IOptions<ProjectionOptions>>().Value.Enabled || ctx.Schema.AllTypes[typeName] is not IObjectGraphType type)
        {
            return null;
        }

        var reads = new HashSet<string>(keys, StringComparer.Ordinal);
        var complete = connection
            ? ConnectionNodes(ctx, type, ctx.FieldAst.SelectionSet, reads)
            : Returns(ctx.FieldDefinition.ResolvedType, type) && Collect(ctx, type, ctx.FieldAst.SelectionSet, reads);
        return complete ? reads : null;
    }

    /// <summary>Whether the field's type, unwrapped, is <paramref name="type"/> or an interface or union it belongs to.</summary>
    private static bool Returns(IGraphType? field, IObjectGraphType type)
    {
        var returned = field?.GetNamedType();
        return returned == type
            || (returned is IInterfaceGraphType face && type.ResolvedInterfaces.Contains(face))
            || (returned is UnionGraphType union && union.PossibleTypes.Contains(type));
    }

    private static bool ConnectionNodes(IResolveFieldContext ctx, IObjectGraphType type, GraphQLSelectionSet? set, HashSet<string> reads) =>
        Through(ctx, type, set, reads, name => name switch { "nodes" => Collect, "edges" => EdgeNodes, _ => null }); // pageInfo, totalCount: none

    private static bool EdgeNodes(IResolveFieldContext ctx, IObjectGraphType type, GraphQLSelectionSet? set, HashSet<string> reads) =>
        Through(ctx, type, set, reads, name => name == "node" ? Collect : null); // cursor: from the sort keys, always loaded

    /// <summary>
    /// Walks a wrapper's selection (a connection, an edge), through its fragments, into the fields <paramref name="inner"/>
    /// names a walk for; its other fields read nothing of the nodes.
    /// </summary>
    private static bool Through(IResolveFieldContext ctx, IObjectGraphType type, GraphQLSelectionSet? set, HashSet<string> reads, Func<string, Walk?> inner)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var complete = selection switch
            {
                GraphQLField field => inner(field.Name.StringValue) is not { } walk || walk(ctx, type, field.SelectionSet, reads),
                GraphQLInlineFragment inline => Through(ctx, type, inline.SelectionSet, reads, inner),
                GraphQLFragmentSpread spread => ctx.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
                    && Through(ctx, type, fragment.SelectionSet, reads, inner),
                _ => false,
            };
            if (!complete)
            {
                return false;
            }
        }

        return true;
    }

    private delegate bool Walk(IResolveFieldContext ctx, IObjectGraphType type, GraphQLSelectionSet? set, HashSet<string> reads);

    /// <summary>Adds what the selected fields of <paramref name="type"/> read; false when one does not say.</summary>
    private static bool Collect(IResolveFieldContext ctx, IObjectGraphType type, GraphQLSelectionSet? set, HashSet<string> reads)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field when field.Name.Value.Span.StartsWith("__"):
                    break;
                case GraphQLField field:
                    if (type.GetField(field.Name.Value) is not { } definition || FieldReads.Of(definition) is not { } properties)
                    {
                        return false;
                    }

                    reads.UnionWith(properties);
                    break;
                case GraphQLInlineFragment inline:
                    if (Applies(ctx.Schema, inline.TypeCondition?.Type.Name.StringValue, type) && !Collect(ctx, type, inline.SelectionSet, reads))
                    {
                        return false;
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    if (ctx.Document.FindFragmentDefinition(spread.FragmentName.Name) is not { } fragment)
                    {
                        return false;
                    }

                    if (Applies(ctx.Schema, fragment.TypeCondition.Type.Name.StringValue, type) && !Collect(ctx, type, fragment.SelectionSet, reads))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A fragment on no type, on the type itself, or on an interface or union it belongs to applies to its objects.</summary>
    private static bool Applies(ISchema schema, string? condition, IObjectGraphType type) =>
        condition is null || condition == type.Name
        || type.ResolvedInterfaces.Any(i => i.Name == condition)
        || (schema.AllTypes[condition] is UnionGraphType union && union.PossibleTypes.Contains(type));

    /// <summary>One table per entity type: the same field node (<c>nodes(ids:)</c>) can return objects of several.</summary>
    private static class Known<T>
        where T : class
    {
        public static readonly ConditionalWeakTable<GraphQLField, Answer<T>> ByField = new();
    }

    private sealed record Answer<T>(Columns<T>? Columns)
        where T : class;
}
