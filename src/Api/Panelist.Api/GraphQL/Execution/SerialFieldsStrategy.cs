using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using CollectedFields = System.Collections.Generic.Dictionary<(GraphQL.Types.IGraphType, GraphQLParser.AST.GraphQLSelectionSet),
    (GraphQLParser.AST.GraphQLField, GraphQL.Types.FieldType)[]>;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Panelist.Api.GraphQL.Execution;

/// <summary>
/// Queries and mutations, fields one at a time (one scoped DbContext per request; batch loaders still batch), with the fields of a
/// selection set collected once per execution and object type instead of once per object. The engine walks the
/// selection set (fragments, type conditions, <c>@skip</c>/<c>@include</c>) again for each of the 100 items of a
/// <c>nodes</c> page, about 4 % of that request's CPU; what it finds depends only on the document, the variables
/// (fixed for the execution) and the object type, so the answer is kept for the execution.
/// </summary>
public sealed class SerialFieldsStrategy : SerialExecutionStrategy
{
    private const string CacheKey = "panelist.collectedFields";

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selectionSet || parentType is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        if (!context.UserContext.TryGetValue(CacheKey, out var found) || found is not CollectedFields cache)
        {
            context.UserContext[CacheKey] = cache = [];
        }

        if (!cache.TryGetValue((parentType, selectionSet), out var fields))
        {
            fields = [.. CollectFieldsFrom(context, parentType, selectionSet, null).Values];
            cache[(parentType, selectionSet)] = fields;
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }
}
