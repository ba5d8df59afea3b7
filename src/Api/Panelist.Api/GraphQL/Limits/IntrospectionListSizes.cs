using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// The longest each introspection list can be in one schema: every type for <c>types</c>, the longest field list
/// of any type for <c>fields</c>, and so on. <see cref="IntrospectionLimitRule"/> multiplies by these, so its
/// estimate is an upper bound of what introspection can answer here, and it grows with the schema.
/// </summary>
public sealed class IntrospectionListSizes
{
    private static readonly ConditionalWeakTable<ISchema, IntrospectionListSizes> Cache = [];
    private readonly Dictionary<string, double> _sizes;

    private IntrospectionListSizes(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        _sizes = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["types"] = types.Count,
            ["directives"] = directives.Count,
            ["fields"] = Longest(types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).Select(t => t.Fields.Count)),
            ["inputFields"] = Longest(types.OfType<IInputObjectGraphType>().Select(t => t.Fields.Count)),
            ["args"] = Longest(fields.Select(f => f.Arguments?.Count ?? 0).Concat(directives.Select(d => d.Arguments?.Count ?? 0))),
            ["enumValues"] = Longest(types.OfType<EnumerationGraphType>().Select(t => t.Values.Count)),
            ["interfaces"] = Longest(types.OfType<IImplementInterfaces>().Select(t => t.ResolvedInterfaces.Count)),
            ["possibleTypes"] = Longest(types.OfType<IAbstractGraphType>().Select(t => t.PossibleTypes.Count)),
            ["locations"] = Longest(directives.Select(d => d.Locations.Count)),
        };
        // A list this schema does not describe above (an experimental introspection field) counts as the longest of them.
        Other = _sizes.Values.Max();
    }

    private double Other { get; }

    public static IntrospectionListSizes Of(ISchema schema) => Cache.GetValue(schema, s => new IntrospectionListSizes(s));

    public double Of(string listField) => _sizes.TryGetValue(listField, out var size) ? size : Other;

    private static double Longest(IEnumerable<int> counts) => Math.Max(1, counts.DefaultIfEmpty(0).Max());
}
