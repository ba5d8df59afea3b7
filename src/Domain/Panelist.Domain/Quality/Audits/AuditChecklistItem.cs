namespace Panelist.Domain.Quality.Audits;

/// <summary>One thing a reviewer checks in an interview, with the weight it carries in the audit score.</summary>
public sealed class AuditChecklistItem
{
    private AuditChecklistItem()
    {
    }

    public AuditChecklistItem(string key, string title, decimal weight)
    {
        Key = key;
        Title = title;
        Weight = weight;
    }

    public string Key { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>Positive; the score divides by the sum of the weights, so they need not sum to 1.</summary>
    public decimal Weight { get; private set; }
}
