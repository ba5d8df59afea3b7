using GraphQL;

namespace Panelist.Api.Candidates;

public sealed record ReleaseLegalHoldInput([property: Id] string LegalHoldId);
