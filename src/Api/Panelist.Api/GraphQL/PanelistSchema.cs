using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Introspection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Scalars;

namespace Panelist.Api.GraphQL;

/// <summary>The one schema; its SDL is exported to <c>schema/schema.graphql</c> and served at <c>/graphql/schema.graphql</c>.</summary>
public sealed class PanelistSchema : Schema
{
    public PanelistSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription, NodeTypes nodes)
        : base(services)
    {
        // graphql-js's full introspection query (directiveIsRepeatable, inputValueDeprecation) asks for these.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Panelist: the system of record for outsourced interviewing.";
        // Registered before any type refers to them, these replace the engine's scalars of the same name everywhere.
        RegisterType(new OffsetRequiredDateTimeOffsetGraphType());
        RegisterType(new OffsetRequiredDateTimeGraphType());
        // Types reachable only through the Node interface must be registered explicitly.
        foreach (var type in nodes.GraphTypes)
        {
            RegisterType(type);
        }

        RegisterVisitor(new Authorization.RoleGatedResolvers());
    }

    /// <summary>Completes the engine's introspection types to the current spec (see <see cref="IntrospectionCompletion"/>).</summary>
    protected override void OnBeforeInitializeType(IGraphType graphType) => IntrospectionCompletion.Complete(graphType);

    /// <summary>
    /// Introspection costs nothing in the complexity model, so every client's introspection query passes;
    /// <see cref="Limits.IntrospectionLimitRule"/> bounds it instead. This runs during initialization, the first
    /// moment the meta-fields exist (registered schema configurations run before this constructor's body).
    /// </summary>
    protected override void Validate()
    {
        base.Validate();
        this.WithIntrospectionComplexityImpact(0);
    }
}
