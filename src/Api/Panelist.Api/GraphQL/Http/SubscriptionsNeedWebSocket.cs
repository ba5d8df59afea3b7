using GraphQL.Validation;
using GraphQLParser.AST;

namespace Panelist.Api.GraphQL.Http;

/// <summary>A subscription sent over HTTP fails validation: its events need the WebSocket transport at the same URL.</summary>
public sealed class SubscriptionsNeedWebSocket : ValidationRuleBase
{
    public const string Code = "SUBSCRIPTION_NEEDS_WEBSOCKET";

    public static readonly SubscriptionsNeedWebSocket Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(context.Document.Source, Code,
                "Subscriptions run over WebSocket (graphql-transport-ws) at /graphql, not over HTTP.") { Code = Code });
        }

        return default;
    }
}
