namespace Panelist.Api.GraphQL.Mutations;

/// <summary>An expected failure of a mutation: a stable code, a message, and the path of the input field at fault.</summary>
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Path);
