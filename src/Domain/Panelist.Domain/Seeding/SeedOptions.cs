namespace Panelist.Domain.Seeding;

/// <summary>How much data to generate. The defaults are the demo data set; benchmarks ask for more.</summary>
public sealed record SeedOptions
{
    /// <summary>The demo data set every local run starts with.</summary>
    public static readonly SeedOptions Demo = new();

    public int Seed { get; init; } = 20261125;

    public int Interviewers { get; init; } = 300;

    public int EngagementsPerOrganization { get; init; } = 10;

    public int Interviews { get; init; } = 2000;

    /// <summary>Rows per SaveChanges; large runs clear the change tracker between batches.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>Whether to write an audit entry per created row (the demo does; bulk benchmark data need not).</summary>
    public bool Audit { get; init; } = true;

    /// <summary>The instant the data is generated "at": fixed, so two runs produce identical rows.</summary>
    public DateTime Anchor { get; init; } = new(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc);
}
