using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>
/// What a cached document's limit verdicts depend on, read from its AST once: the type of each operation (the
/// transport rules), and the variables whose values the complexity analysis reads. The analyzer reads the
/// <c>first</c>/<c>last</c> arguments (page sizes) and <c>id</c> (a list field looked up by id costs one item), and
/// honours <c>@skip</c>/<c>@include</c>; everything else it computes from the document and the schema alone.
/// </summary>
public sealed class DocumentFacts
{
    private static readonly HashSet<string> CostArguments = ["first", "last", "id"];

    private DocumentFacts(IReadOnlyDictionary<string, OperationType> operations, IReadOnlyList<string> costVariables)
    {
        Operations = operations;
        CostVariables = costVariables;
    }

    /// <summary>By operation name; an anonymous operation under "".</summary>
    public IReadOnlyDictionary<string, OperationType> Operations { get; }

    /// <summary>The variables whose values can change the complexity verdict, in a fixed order.</summary>
    public IReadOnlyList<string> CostVariables { get; }

    public static async ValueTask<DocumentFacts> OfAsync(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>()
            .GroupBy(o => o.Name?.StringValue ?? "").ToDictionary(g => g.Key, g => g.First().Operation);
        var collector = new CostVariableCollector();
        await collector.VisitAsync(document, new Context());
        return new DocumentFacts(operations, [.. collector.Names.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The selected operation's type; null when the name matches none (the engine reports that).</summary>
    public OperationType? OperationTypeOf(string? operationName) =>
        string.IsNullOrEmpty(operationName)
            ? Operations.Count == 1 ? Operations.Values.First() : null
            : Operations.TryGetValue(operationName, out var type) ? type : null;

    private sealed class Context : IASTVisitorContext
    {
        public CancellationToken CancellationToken => default;
    }

    /// <summary>Variables under a cost argument of a field, or under any directive argument.</summary>
    private sealed class CostVariableCollector : ASTVisitor<Context>
    {
        private int _inCost;

        public HashSet<string> Names { get; } = [];

        protected override async ValueTask VisitArgumentAsync(GraphQLArgument argument, Context context)
        {
            var counts = CostArguments.Contains(argument.Name.StringValue);
            _inCost += counts ? 1 : 0;
            await base.VisitArgumentAsync(argument, context);
            _inCost -= counts ? 1 : 0;
        }

        protected override async ValueTask VisitDirectiveAsync(GraphQLDirective directive, Context context)
        {
            _inCost++;
            await base.VisitDirectiveAsync(directive, context);
            _inCost--;
        }

        protected override ValueTask VisitVariableAsync(GraphQLVariable variable, Context context)
        {
            if (_inCost > 0)
            {
                Names.Add(variable.Name.StringValue);
            }

            return base.VisitVariableAsync(variable, context);
        }

        // A variable's own definition (its default value) is not a use.
        protected override ValueTask VisitVariableDefinitionAsync(GraphQLVariableDefinition variableDefinition, Context context) => default;
    }
}
