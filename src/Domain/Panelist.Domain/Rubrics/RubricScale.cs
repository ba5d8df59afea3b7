using Panelist.Domain.Common;

namespace Panelist.Domain.Rubrics;

/// <summary>A version's rating scale: levels 1 to <see cref="Levels"/> (2–10), each with its anchor; checked by <see cref="Validated"/>.</summary>
public sealed record RubricScale(int Levels, IReadOnlyList<RubricScaleAnchor> Anchors)
{
    public const int MinLevels = 2;
    public const int MaxLevels = 10;
    public const int DefaultLevels = 4;

    /// <summary>The 1–4 scale every version had before scales were configurable.</summary>
    public static RubricScale Default { get; } = new(DefaultLevels, [
        new RubricScaleAnchor("1", "Well below the bar"),
        new RubricScaleAnchor("2", "Below the bar"),
        new RubricScaleAnchor("3", "Meets the bar"),
        new RubricScaleAnchor("4", "Above the bar"),
    ]);

    /// <summary>Checks the levels (2–10) and that one anchor with a label is given per level; the anchors trimmed.</summary>
    public RubricScale Validated()
    {
        var (levels, anchors) = (Levels, Anchors);
        if (levels is < MinLevels or > MaxLevels)
        {
            throw new DomainRuleException(ErrorCodes.RubricScaleInvalid, $"A scale has {MinLevels} to {MaxLevels} levels; got {levels}.", "scale.levels");
        }

        if (anchors.Count != levels)
        {
            throw new DomainRuleException(ErrorCodes.RubricScaleInvalid, $"A {levels}-level scale needs {levels} anchors, one per level; got {anchors.Count}.", "scale.anchors");
        }

        foreach (var (anchor, index) in anchors.Select((a, i) => (a, i)))
        {
            Guard.Required(anchor.Label, $"scale.anchors.{index}.label", 100);
            Guard.Optional(anchor.Description, $"scale.anchors.{index}.description", 1000);
        }

        return new(levels, [.. anchors.Select(a => new RubricScaleAnchor(a.Label.Trim(), a.Description.Trim()))]);
    }
}
