namespace Panelist.Domain.Threads;

/// <summary>A candidate whose name or e-mail a thread's messages may contain, with the interviewer who may see the name.</summary>
public sealed record CandidateMention(Guid InterviewId, Guid? InterviewerId, string Name, string Email);
