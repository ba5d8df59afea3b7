using GraphQL.Execution;
using GraphQLParser.AST;

namespace Panelist.Api.Tests.Documents;

/// <summary>The engine's parser, counting its calls, so that a test sees whether a request was parsed.</summary>
public sealed class CountingDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _inner = new();
    private int _parses;

    public int Parses => Volatile.Read(ref _parses);

    public GraphQLDocument Build(string body)
    {
        Interlocked.Increment(ref _parses);
        return _inner.Build(body);
    }
}
