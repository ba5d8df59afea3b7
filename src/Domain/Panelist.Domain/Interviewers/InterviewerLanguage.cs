namespace Panelist.Domain.Interviewers;

/// <summary>A language (ISO 639-1) an interviewer can interview in.</summary>
public sealed class InterviewerLanguage
{
    private InterviewerLanguage()
    {
    }

    internal InterviewerLanguage(Guid interviewerId, string code, LanguageLevel level)
    {
        InterviewerId = interviewerId;
        Code = code;
        Level = level;
    }

    public Guid InterviewerId { get; private set; }

    public string Code { get; private set; } = "";

    public LanguageLevel Level { get; internal set; }
}
