namespace Panelist.Domain.Rubrics;

/// <summary>What one level of a version's rating scale means, e.g. level 3 "Hire": "Meets the bar for the role".</summary>
public sealed class RubricScaleAnchor
{
    private RubricScaleAnchor()
    {
    }

    public RubricScaleAnchor(string label, string? description)
    {
        Label = label;
        Description = description ?? "";
    }

    public string Label { get; private set; } = "";

    public string Description { get; private set; } = "";
}
