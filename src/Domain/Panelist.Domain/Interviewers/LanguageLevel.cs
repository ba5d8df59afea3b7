namespace Panelist.Domain.Interviewers;

public enum LanguageLevel
{
    Conversational,
    Professional,
    Native,
}
