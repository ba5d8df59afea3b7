using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Panelist.Api.GraphQL.Introspection;

/// <summary>
/// The two pieces of the current spec's introspection that GraphQL.NET 8 leaves out and graphql-js's
/// <c>getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true })</c> asks for:
/// <c>__Type.specifiedByURL</c> and <c>__Directive.args(includeDeprecated:)</c>. Added to the engine's own
/// introspection types before the schema resolves them, so they type-check like every other field.
/// </summary>
public static class IntrospectionCompletion
{
    public static void Complete(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type when type.GetField("specifiedByURL") is null:
                // No scalar here declares a specification (GraphQL.NET has no @specifiedBy), so the answer is null.
                type.Field<StringGraphType>("specifiedByURL")
                    .Description("A URL to the specification of this custom scalar, if it has one.")
                    .Resolve(_ => null);
                break;
            case __Directive directive when directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null:
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, object>(context => ((IEnumerable<QueryArgument>?)context.Source.Arguments ?? [])
                    .Where(a => context.GetArgument<bool>("includeDeprecated") || string.IsNullOrWhiteSpace(a.DeprecationReason))
                    .ToList());
                break;
        }
    }
}
