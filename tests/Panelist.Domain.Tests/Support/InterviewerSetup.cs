using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Tests.Support;

/// <summary>How <see cref="DomainWorld.AddInterviewerAsync"/> prepares an interviewer; the defaults make one ready for client work.</summary>
public sealed record InterviewerSetup
{
    public string Currency { get; init; } = "USD";

    /// <summary>Applicant, Onboarding, Active or Suspended.</summary>
    public InterviewerStatus Status { get; init; } = InterviewerStatus.Active;

    public bool Certified { get; init; } = true;

    /// <summary>How long from now the contract runs; the contract and NDA were signed 30 days ago.</summary>
    public TimeSpan ContractLength { get; init; } = TimeSpan.FromDays(365);

    /// <summary>How long from now the certification on the world's rubric runs; it was granted 10 days ago.</summary>
    public TimeSpan CertificationLength { get; init; } = TimeSpan.FromDays(180);
}
