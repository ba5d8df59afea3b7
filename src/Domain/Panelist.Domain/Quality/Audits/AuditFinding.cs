namespace Panelist.Domain.Quality.Audits;

/// <summary>The reviewer's verdict on one checklist item: pass or fail, and why.</summary>
public sealed class AuditFinding
{
    private AuditFinding()
    {
    }

    public AuditFinding(string itemKey, bool passed, string? note)
    {
        ItemKey = itemKey;
        Passed = passed;
        Note = note ?? "";
    }

    public string ItemKey { get; private set; } = "";

    public bool Passed { get; private set; }

    public string Note { get; private set; } = "";
}
