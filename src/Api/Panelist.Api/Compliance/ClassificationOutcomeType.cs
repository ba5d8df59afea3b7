using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ClassificationOutcomeType : EnumerationGraphType<ClassificationOutcome>
{
    public ClassificationOutcomeType() => Description = "What a classification test concluded.";
}
