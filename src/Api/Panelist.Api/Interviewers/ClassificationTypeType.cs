using GraphQL.Types;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class ClassificationTypeType : EnumerationGraphType<ClassificationType>
{
    public ClassificationTypeType() => Name = "Classification";
}
