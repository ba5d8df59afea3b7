using GraphQL.Validation;
using GraphQLParser.AST;

namespace Panelist.Api.GraphQL.Http;

/// <summary>GET must never change state: a mutation (or subscription) over GET fails validation and becomes 405.</summary>
public sealed class GetAllowsQueriesOnly : ValidationRuleBase
{
    public const string Code = "OPERATION_NOT_ALLOWED_OVER_GET";

    public static readonly GetAllowsQueriesOnly Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(context.Document.Source, "GET",
                $"A {context.Operation.Operation.ToString().ToLowerInvariant()} needs POST; GET runs queries only.") { Code = Code });
        }

        return default;
    }
}
