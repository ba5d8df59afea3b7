namespace Panelist.Domain.Seeding;

/// <summary>What a seed run wrote, row counts per kind.</summary>
public sealed class SeedReport
{
    public int Organizations { get; set; }

    public int Skills { get; set; }

    public int Rubrics { get; set; }

    public int Interviewers { get; set; }

    public int Engagements { get; set; }

    public int Assignments { get; set; }

    public int Interviews { get; set; }

    public int Scorecards { get; set; }

    public int CandidateFeedback { get; set; }

    public int AuditEntries { get; set; }

    public override string ToString() =>
        $"organizations {Organizations}, skills {Skills}, rubrics {Rubrics}, interviewers {Interviewers}, engagements {Engagements}, " +
        $"assignments {Assignments}, interviews {Interviews}, scorecards {Scorecards}, candidate feedback {CandidateFeedback}, audit entries {AuditEntries}";
}
