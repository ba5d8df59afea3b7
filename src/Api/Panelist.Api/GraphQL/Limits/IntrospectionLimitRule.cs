using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// The bound on introspection, which the complexity model leaves free (<c>WithIntrospectionComplexityImpact(0)</c>)
/// so that every standard client's introspection query passes. It refuses, with <see cref="IntrospectionTooLargeError"/>,
/// an operation that selects more <c>__schema</c>/<c>__type</c> roots than <see cref="LimitOptions.MaxIntrospectionRoots"/>,
/// nests list-valued introspection fields (<c>types</c>, <c>fields</c>, <c>args</c> …) deeper than
/// <see cref="LimitOptions.MaxIntrospectionListNesting"/>, or could answer more than
/// <see cref="LimitOptions.MaxIntrospectionValues"/> values. That estimate multiplies each selected field by the
/// length of every enclosing list as this schema has it at most (all types for <c>types</c>, the longest field
/// list for <c>fields</c> …), counting a fragment at every use, so aliases and fragments cannot hide width.
/// </summary>
public sealed class IntrospectionLimitRule(LimitOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // Like the complexity analyzer: an invalid document (unknown fields, fragment cycles) is refused anyway.
        if (!context.HasErrors && context.Operation is { } operation)
        {
            var walk = new Walk(context, limits, IntrospectionListSizes.Of(context.Schema));
            walk.Root(operation.SelectionSet);
            if (walk.Refusal is { } refusal)
            {
                context.ReportError(refusal);
            }
        }

        return default;
    }

    /// <summary>One pass over the operation; it stops at the first bound crossed, so a fragment bomb costs no more than the bound.</summary>
    private sealed class Walk(ValidationContext context, LimitOptions limits, IntrospectionListSizes sizes)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = context.Document.Definitions
            .OfType<GraphQLFragmentDefinition>().GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        private readonly HashSet<string> _spreading = [];
        private int _roots;
        private double _values;

        public IntrospectionTooLargeError? Refusal { get; private set; }

        /// <summary>The operation's root: only <c>__schema</c> and <c>__type</c> start introspection.</summary>
        public void Root(GraphQLSelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (Refusal is not null)
                {
                    return;
                }

                switch (selection)
                {
                    case GraphQLField field when field.Name.Value == "__schema" || field.Name.Value == "__type":
                        if (++_roots > limits.MaxIntrospectionRoots)
                        {
                            Refuse($"The operation selects more than {limits.MaxIntrospectionRoots} introspection roots (__schema, __type).", field);
                            return;
                        }

                        var type = field.Name.Value == "__schema" ? context.Schema.SchemaMetaFieldType.ResolvedType : context.Schema.TypeMetaFieldType.ResolvedType;
                        Count(field, 1);
                        Inside(field.SelectionSet, Unwrap(type).Type, 1, 0);
                        break;
                    case GraphQLInlineFragment inline:
                        Root(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        Spread(spread, definition => Root(definition.SelectionSet));
                        break;
                }
            }
        }

        private void Inside(GraphQLSelectionSet? selectionSet, IGraphType? parent, double multiplier, int nesting)
        {
            if (selectionSet is null || parent is not IComplexGraphType complex)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                if (Refusal is not null)
                {
                    return;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, complex, multiplier, nesting);
                        break;
                    case GraphQLInlineFragment inline:
                        Inside(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, multiplier, nesting);
                        break;
                    case GraphQLFragmentSpread spread:
                        Spread(spread, definition => Inside(definition.SelectionSet, TypeOf(definition.TypeCondition) ?? parent, multiplier, nesting));
                        break;
                }
            }
        }

        private void Field(GraphQLField field, IComplexGraphType parent, double multiplier, int nesting)
        {
            if (!Count(field, multiplier))
            {
                return;
            }

            // __typename and other fields without a definition here are leaves.
            var definition = parent.GetField(field.Name.Value);
            var (type, isList) = Unwrap(definition?.ResolvedType);
            if (isList && ++nesting > limits.MaxIntrospectionListNesting)
            {
                Refuse($"Introspection lists ({field.Name.StringValue} inside others) nest more than {limits.MaxIntrospectionListNesting} deep.", field);
                return;
            }

            Inside(field.SelectionSet, type, isList ? multiplier * sizes.Of(field.Name.StringValue) : multiplier, nesting);
        }

        private bool Count(GraphQLField field, double multiplier)
        {
            _values += multiplier;
            if (_values > limits.MaxIntrospectionValues)
            {
                Refuse($"The introspection could answer more than {limits.MaxIntrospectionValues} values (each field times the longest list around it in this schema).", field);
                return false;
            }

            return true;
        }

        private void Spread(GraphQLFragmentSpread spread, Action<GraphQLFragmentDefinition> visit)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (_fragments.TryGetValue(name, out var definition) && _spreading.Add(name))
            {
                visit(definition);
                _spreading.Remove(name);
            }
        }

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue];

        private void Refuse(string message, ASTNode node)
        {
            Refusal = new IntrospectionTooLargeError(message);
            Refusal.AddLocation(GraphQLParser.Location.FromLinearPosition(context.Document.Source, node.Location.Start));
        }

        private static (IGraphType? Type, bool IsList) Unwrap(IGraphType? type)
        {
            var isList = false;
            while (type is IProvideResolvedType wrapper)
            {
                isList |= type is ListGraphType;
                type = wrapper.ResolvedType;
            }

            return (type, isList);
        }
    }
}
