using GraphQL.Types;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricVersionStatusType : EnumerationGraphType<RubricVersionStatus>
{
    public RubricVersionStatusType() => Name = "RubricVersionStatus";
}
