namespace Panelist.Api.GraphQL.Mutations;

/// <summary>What every mutation returns: the changed object (null when refused) and the reasons it was refused.</summary>
public sealed record MutationPayload(object? Value, IReadOnlyList<UserError> Errors);
