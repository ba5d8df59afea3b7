using GraphQL.Types;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class InterviewerLanguageType : ObjectGraphType<InterviewerLanguage>
{
    public InterviewerLanguageType()
    {
        Name = "InterviewerLanguage";
        Field(l => l.Code).Description("ISO 639-1 language code.");
        Field(l => l.Level, type: typeof(NonNullGraphType<LanguageLevelType>));
    }
}
