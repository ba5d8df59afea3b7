namespace Panelist.Domain.Rubrics;

/// <summary>
/// One thing a scorecard rates, on its version's scale. <see cref="Anchors"/> holds the behavioural anchor
/// for each level from 1 up in order, so raters agree on what a "3" looks like.
/// </summary>
public sealed class RubricCriterion
{
    private RubricCriterion()
    {
    }

    public RubricCriterion(string key, string title, string description, decimal weight, IReadOnlyList<string> anchors)
    {
        Key = key;
        Title = title;
        Description = description;
        Weight = weight;
        Anchors = [.. anchors];
    }

    public string Key { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public decimal Weight { get; private set; }

    public List<string> Anchors { get; private set; } = [];
}
