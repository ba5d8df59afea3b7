using GraphQL;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>A refusal of the persisted-query layer, before anything is parsed; <see cref="ExecutionError.Code"/> is the client's code.</summary>
public sealed class PersistedQueryError : ExecutionError
{
    public PersistedQueryError(string code, string message) : base(message)
    {
        Code = code;
    }
}
