using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ClassificationFactorType : ObjectGraphType<ClassificationFactor>
{
    public ClassificationFactorType()
    {
        Name = "ClassificationFactor";
        Description = "One factor of a classification test as answered, with its evidence.";
        Field(f => f.Key).Description("The factor's key in its test, e.g. a.freeFromControl or financial.investment.");
        Field(f => f.Answer, type: typeof(NonNullGraphType<FactorAnswerType>));
        Field(f => f.Evidence, nullable: true);
        Field(f => f.DocumentUrl, nullable: true).Description("A link to the document that proves the answer.");
    }
}
