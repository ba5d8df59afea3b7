using GraphQL;

namespace Panelist.Api.Rubrics;

public sealed record PublishRubricVersionInput([property: Id] string VersionId);
