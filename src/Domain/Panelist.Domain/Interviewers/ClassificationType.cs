namespace Panelist.Domain.Interviewers;

/// <summary>How the interviewer is engaged, which decides tax and labour-law duties in the jurisdiction.</summary>
public enum ClassificationType
{
    IndependentContractor,
    Agency,
    Employee,
}
