using System.Text.RegularExpressions;
using Panelist.Domain.Common;

namespace Panelist.Domain.Rubrics;

/// <summary>
/// A numbered edition of a rubric. A draft is edited freely; once published it never changes, because
/// scorecards name the version they were rated against.
/// </summary>
public sealed partial class RubricVersion : Entity
{
    private RubricVersion()
        : base(default(FromStore))
    {
    }

    internal RubricVersion(Guid rubricId, Guid? organizationId, int number, IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, RubricScale scale,
        Guid? id = null)
        : base(id)
    {
        RubricId = rubricId;
        OrganizationId = organizationId;
        Number = number;
        Status = RubricVersionStatus.Draft;
        SetContent(criteria, passThreshold, scale);
    }

    public Guid RubricId { get; private set; }

    /// <summary>The rubric's organization (null for a template), kept on the version so the tenant filter needs no join.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>Number of levels of the rating scale: ratings run from 1 to this (2–10).</summary>
    public int ScaleLevels { get; private set; } = RubricScale.DefaultLevels;

    /// <summary>The anchor of each level 1..<see cref="ScaleLevels"/>, in order.</summary>
    public List<RubricScaleAnchor> ScaleAnchors { get; private set; } = [];

    public RubricScale Scale => new(ScaleLevels, ScaleAnchors);

    public int Number { get; private set; }

    public RubricVersionStatus Status { get; private set; }

    /// <summary>The weighted score (1..<see cref="ScaleLevels"/>) a candidate needs for a pass.</summary>
    public decimal PassThreshold { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public List<RubricCriterion> Criteria { get; private set; } = [];

    /// <summary>Replaces the draft's content; without <paramref name="scale"/> the draft keeps its scale.</summary>
    public void EditDraft(IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, RubricScale? scale = null)
    {
        EnsureDraft();
        SetContent(criteria, passThreshold, scale ?? Scale);
    }

    public void Publish(DateTime now)
    {
        EnsureDraft();
        var total = Criteria.Sum(c => c.Weight);
        if (total != 1m)
        {
            throw new DomainRuleException(ErrorCodes.RubricWeightsInvalid, $"Criterion weights must sum to 1; they sum to {total}.", "criteria");
        }

        // Content is checked on every edit; checked again here so a row written before scales were
        // configurable (or by hand) cannot be published inconsistent.
        SetContent(Criteria, PassThreshold, Scale);
        Status = RubricVersionStatus.Published;
        PublishedAt = now;
    }

    /// <summary>The weighted score of ratings keyed by criterion, on the version's scale.</summary>
    public decimal WeightedScore(IReadOnlyDictionary<string, int> ratings) =>
        decimal.Round(Criteria.Sum(c => c.Weight * ratings[c.Key]), 4);

    private void EnsureDraft()
    {
        if (Status == RubricVersionStatus.Published)
        {
            throw new DomainRuleException(ErrorCodes.RubricVersionPublished, $"Version {Number} is published and can no longer change; create a new draft.", "versionId");
        }
    }

    private void SetContent(IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, RubricScale scale)
    {
        var valid = scale.Validated();
        var levels = valid.Levels;
        if (criteria.Count == 0)
        {
            throw new DomainRuleException(ErrorCodes.RubricCriteriaInvalid, "A rubric needs at least one criterion.", "criteria");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (c, index) in criteria.Select((c, i) => (c, i)))
        {
            if (!KeyPattern().IsMatch(c.Key ?? "") || !keys.Add(c.Key!))
            {
                throw new DomainRuleException(ErrorCodes.RubricCriteriaInvalid, $"Criterion key '{c.Key}' is missing, malformed or repeated.", $"criteria.{index}.key");
            }

            Guard.Required(c.Title, $"criteria.{index}.title");
            if (c.Weight <= 0 || c.Weight > 1 || decimal.Round(c.Weight, 4) != c.Weight)
            {
                throw new DomainRuleException(ErrorCodes.RubricWeightsInvalid, $"Criterion '{c.Key}' needs a weight above 0 and at most 1, with at most 4 decimals.", $"criteria.{index}.weight");
            }

            if (c.Anchors.Count != levels || c.Anchors.Exists(string.IsNullOrWhiteSpace))
            {
                throw new DomainRuleException(ErrorCodes.RubricCriteriaInvalid, $"Criterion '{c.Key}' needs one behavioural anchor for each level 1–{levels}.", $"criteria.{index}.anchors");
            }
        }

        if (passThreshold < 1 || passThreshold > levels || decimal.Round(passThreshold, 4) != passThreshold)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"The pass threshold must lie on the 1–{levels} scale.", "passThreshold");
        }

        Criteria = [.. criteria.Select(c => new RubricCriterion(c.Key, c.Title.Trim(), c.Description ?? "", c.Weight, c.Anchors))];
        PassThreshold = passThreshold;
        ScaleLevels = levels;
        ScaleAnchors = [.. valid.Anchors];
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex KeyPattern();
}
