using GraphQL;

namespace Panelist.Api.Threads;

public sealed record MarkThreadReadInput([property: Id] string ThreadId);
