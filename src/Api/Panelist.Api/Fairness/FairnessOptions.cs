using System.ComponentModel.DataAnnotations;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

/// <summary>Adverse-impact reports (configuration section <c>Fairness</c>).</summary>
public sealed class FairnessOptions
{
    public const string Section = "Fairness";

    /// <summary>The minimum n of a shown cell when a query names none: smaller cells are suppressed, as they could identify people.</summary>
    [Range(0, AdverseImpactCalculator.MaxMinimumCellSize)]
    public int MinimumCellSize { get; set; } = 5;

    /// <summary>The LL144 small-category share: with a stated justification, categories under it are left out of the impact ratios.</summary>
    [Range(0.0, 0.5)]
    public double ExcludeBelowShare { get; set; } = 0.02;

    public AdverseImpactDefaults Defaults => new(MinimumCellSize, ExcludeBelowShare);
}
