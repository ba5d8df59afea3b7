using System.Text;
using GraphQL;
using GraphQL.Types;

namespace Panelist.Api.Tests.Security;

/// <summary>
/// Builds, from the running schema, a selection of every field of a type: leaves by name, nested
/// objects expanded, nested Node objects by id only (their own fields are selected where they are the
/// subject), connections with <c>first: 2</c>. Records every object type it selected, so a test can
/// show that it covered the whole schema. A field with other required arguments is selected when each has a value:
/// a required enum takes its first value, anything else what <paramref name="literalFor"/> gives (e.g. an id for
/// <c>candidatePageLink(interviewId:)</c>).
/// </summary>
/// <param name="literalFor">A GraphQL literal for a required argument, by name, or null when there is none.</param>
public sealed class SchemaSelection(Func<string, string?>? literalFor = null)
{
    private readonly HashSet<string> _covered = [];

    public IReadOnlySet<string> Covered => _covered;

    /// <param name="aliasPrefix">Aliases the top-level fields, so fragments on sibling types in one list never conflict.</param>
    public string Of(IComplexGraphType type, bool expandNodes = true, string? aliasPrefix = null)
    {
        _covered.Add(type.Name);
        var text = new StringBuilder();
        foreach (var field in type.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).ToList() ?? [];
            var values = required.Select(a => IsEmptyInputAllowed(a) ? "{}" : LiteralFor(a)).ToList();
            if (values.Contains(null))
            {
                continue;
            }

            var named = field.ResolvedType!.GetNamedType();
            var given = required.Select((a, i) => $"{a.Name}: {values[i]}").ToList();
            if (field.Arguments?.Any(a => a.Name == "first") == true)
            {
                given.Add("first: 2");
            }

            var arguments = given.Count > 0 ? $"({string.Join(", ", given)})" : "";
            text.Append(' ');
            if (aliasPrefix is not null)
            {
                text.Append(aliasPrefix).Append('_').Append(field.Name).Append(": ");
            }

            text.Append(field.Name).Append(arguments);
            if (named is IComplexGraphType complex)
            {
                var isNode = complex is IInterfaceGraphType || ((complex as IObjectGraphType)?.ResolvedInterfaces.Any(i => i.Name == "Node") ?? false);
                text.Append(" {").Append(isNode && !expandNodes ? " __typename id" : Of(complex, expandNodes: false)).Append(" }");
            }
        }

        return text.ToString();
    }

    private string? LiteralFor(QueryArgument argument) => argument.ResolvedType is NonNullGraphType { ResolvedType: EnumerationGraphType values }
        ? values.Values.First().Name
        : literalFor?.Invoke(argument.Name);

    /// <summary>A required input object none of whose fields is required (e.g. <c>scope: MetricsScopeInput!</c>) is selected with <c>{}</c>.</summary>
    private static bool IsEmptyInputAllowed(QueryArgument argument) =>
        argument.ResolvedType is NonNullGraphType { ResolvedType: IInputObjectGraphType input }
        && input.Fields.All(f => f.ResolvedType is not NonNullGraphType || f.DefaultValue is not null);

    /// <summary>The object types a client can reach from <c>Query</c> (what the role × field test must cover).</summary>
    public static IReadOnlySet<string> ReachableFromQuery(ISchema schema)
    {
        var reached = new HashSet<string>();
        var pending = new Queue<IComplexGraphType>([schema.Query]);
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")))
        {
            pending.Enqueue(type);
        }

        while (pending.TryDequeue(out var type))
        {
            if (!reached.Add(type.Name))
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                if (field.ResolvedType!.GetNamedType() is IObjectGraphType next && !next.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    pending.Enqueue(next);
                }
            }
        }

        reached.Remove(schema.Query.Name);
        return reached;
    }
}
