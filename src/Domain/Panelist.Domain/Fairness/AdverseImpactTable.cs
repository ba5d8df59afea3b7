using Panelist.Domain.Metrics;

namespace Panelist.Domain.Fairness;

/// <summary>One dimension's comparison (LL144 summary table).</summary>
/// <param name="Assessed">Decisions on candidates with a known category in this dimension: the n of the table.</param>
/// <param name="Selected">Of those, the selected.</param>
/// <param name="Declined">Decisions on candidates who declined to answer (for the intersection: either question).</param>
/// <param name="NotProvided">Decisions on candidates with no answer on record (the rest of the unknown).</param>
/// <param name="ReferenceCategory">The highest-rate compared category; null when none could be compared.</param>
/// <param name="UndefinedReason">Why no impact ratios could be computed; null when they were.</param>
public sealed record AdverseImpactTable(
    DemographicDimension Dimension,
    int Assessed,
    int Selected,
    int Declined,
    int NotProvided,
    string? ReferenceCategory,
    string? UndefinedReason,
    ValueList<AdverseImpactCell> Categories);
