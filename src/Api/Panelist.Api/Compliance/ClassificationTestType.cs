using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ClassificationTestType : EnumerationGraphType<ClassificationTest>
{
    public ClassificationTestType() => Description = "The legal test a classification applied.";
}
