using System.Globalization;

namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Adverse impact of a selection decision (EEOC Uniform Guidelines, 29 CFR 1607.4(D); NYC LL144 bias
/// audits) over one partition of an applicant pool — call once per dimension (sex, race/ethnicity,
/// their intersection), since the shares and totals assume each applicant is in exactly one cell.
/// <code>
/// SR_g = selected_g / applicants_g
/// reference = the compared category with the highest SR (ties: the first in input order)
/// IR_g = SR_g / SR_reference;  adverse impact when IR_g &lt; 4/5 (decided in exact integer
///        arithmetic, 5·s_g·n_ref &lt; 4·n_g·s_ref, so that exactly 0.8 is never flagged by rounding)
/// significance: Fisher's exact test and the pooled two-proportion z-test of g against the reference
/// </code>
/// Order of the rules: (1) a category under <see cref="AdverseImpactOptions.ExcludeBelowShare"/> of
/// the applicants is excluded from the comparison, with the stated justification, but keeps its count
/// and rate (LL144); (2) a cell under <see cref="AdverseImpactOptions.MinimumCellSize"/> applicants is
/// suppressed: its figures are withheld and it takes no part in the comparison (so a 1-of-1 cell can
/// never become the reference); (3) the rest are compared.
/// Conventions: malformed input (no cells, a repeated or blank category, negative counts, more
/// selected than applicants, an exclusion share outside [0, 1) or without a justification) throws
/// <see cref="ArgumentException"/>; a comparison that cannot be made (nothing left to compare, no one
/// selected) gives null figures and the reason in <see cref="AdverseImpactResult.UndefinedReason"/>.
/// </summary>
public static class AdverseImpactAnalysis
{
    private const string FourFifthsMissing = "No one in the compared categories was selected: impact ratios are 0/0.";

    /// <summary>Analyses <paramref name="cells"/> with <paramref name="options"/> (default: no exclusion, minimum cell size 5).</summary>
    public static AdverseImpactResult Analyze(IReadOnlyList<SelectionCount> cells, AdverseImpactOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        options ??= AdverseImpactOptions.Default;
        Validate(cells, options);

        var applicants = cells.Sum(c => (long)c.Applicants);
        var selected = cells.Sum(c => (long)c.Selected);
        var exclusions = cells.Select(c => Exclusion(c, applicants, options)).ToList();
        var suppressions = cells.Select(c => c.Applicants < options.MinimumCellSize
            ? string.Create(CultureInfo.InvariantCulture, $"Fewer than {options.MinimumCellSize} applicants (the minimum cell size): figures withheld.")
            : null).ToList();

        SelectionCount? reference = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (exclusions[i] is null && suppressions[i] is null && cell.Applicants > 0
                && (reference is null || (long)cell.Selected * reference.Applicants > (long)reference.Selected * cell.Applicants))
            {
                reference = cell;
            }
        }
        var undefined = reference is null
            ? "No category is left to compare after exclusion and suppression."
            : reference.Selected == 0 ? FourFifthsMissing : null;

        var results = new List<CategoryImpact>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var compared = undefined is null && exclusions[i] is null && suppressions[i] is null && cell.Applicants > 0;
            results.Add(Describe(cell, applicants, compared ? reference : null, exclusions[i], suppressions[i]));
        }
        return new AdverseImpactResult(checked((int)applicants), checked((int)selected), reference?.Category, results, undefined);
    }

    private static CategoryImpact Describe(SelectionCount cell, long total, SelectionCount? reference, string? exclusion, string? suppression)
    {
        if (suppression is not null)
        {
            return new CategoryImpact(cell.Category, null, null, null, null, null, null, null, null, null, false, exclusion, suppression);
        }
        double? rate = cell.Applicants > 0 ? (double)cell.Selected / cell.Applicants : null;
        var share = total > 0 ? (double)cell.Applicants / total : 0;
        if (reference is null)
        {
            return new CategoryImpact(cell.Category, cell.Applicants, cell.Selected, rate, share, null, null, null, null, null, false, exclusion, null);
        }

        var isReference = ReferenceEquals(cell, reference);
        var ratio = rate!.Value / ((double)reference.Selected / reference.Applicants);
        var adverse = (Int128)5 * cell.Selected * reference.Applicants < (Int128)4 * cell.Applicants * reference.Selected;
        if (isReference)
        {
            return new CategoryImpact(cell.Category, cell.Applicants, cell.Selected, rate, share, 1, false, null, null, null, true, null, null);
        }
        var fisher = FisherExactTest.TwoSided(cell.Selected, cell.Applicants - cell.Selected, reference.Selected, reference.Applicants - reference.Selected);
        var z = TwoProportionZTest.Compute(cell.Selected, cell.Applicants, reference.Selected, reference.Applicants);
        return new CategoryImpact(cell.Category, cell.Applicants, cell.Selected, rate, share, ratio, adverse, fisher, z?.Z, z?.PValue, false, null, null);
    }

    private static string? Exclusion(SelectionCount cell, long total, AdverseImpactOptions options)
    {
        if (options.ExcludeBelowShare is not { } threshold || total == 0 || (double)cell.Applicants / total >= threshold)
        {
            return null;
        }
        // No counts in the text: a suppressed cell keeps its exclusion reason, and must not leak its size through it.
        return string.Create(CultureInfo.InvariantCulture,
            $"Under {threshold:P0} of the applicants, the share below which a category may be left out of the impact ratios (LL144): {options.ExclusionJustification}");
    }

    private static void Validate(IReadOnlyList<SelectionCount> cells, AdverseImpactOptions options)
    {
        if (cells.Count == 0)
        {
            throw new ArgumentException("An adverse-impact analysis needs at least one category.", nameof(cells));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            if (cell is null || string.IsNullOrWhiteSpace(cell.Category))
            {
                throw new ArgumentException("Every cell needs a category key.", nameof(cells));
            }
            if (!seen.Add(cell.Category))
            {
                throw new ArgumentException($"Category '{cell.Category}' appears more than once.", nameof(cells));
            }
            if (cell.Applicants < 0 || cell.Selected < 0 || cell.Selected > cell.Applicants)
            {
                throw new ArgumentException($"Category '{cell.Category}' needs 0 ≤ selected ≤ applicants; got {cell.Selected} of {cell.Applicants}.", nameof(cells));
            }
        }
        if (options.MinimumCellSize < 0)
        {
            throw new ArgumentException($"The minimum cell size must not be negative; got {options.MinimumCellSize}.", nameof(options));
        }
        if (options.ExcludeBelowShare is { } share && (!(share >= 0) || share >= 1 || string.IsNullOrWhiteSpace(options.ExclusionJustification)))
        {
            throw new ArgumentException("An exclusion share must be in [0, 1) and come with a justification (LL144 requires the reason to be stated).", nameof(options));
        }
    }
}
