using System.Text.RegularExpressions;
using Panelist.Domain.Common;

namespace Panelist.Domain.Quality.Audits;

/// <summary>
/// One numbered version of a named interview-audit checklist, kept by the platform. A draft is edited;
/// once published it never changes, because audits name the version they were made against. A new
/// version of the same name starts as a copy.
/// </summary>
public sealed partial class AuditChecklist : Entity
{
    private AuditChecklist()
        : base(default(FromStore))
    {
    }

    internal AuditChecklist(string name, int number, IReadOnlyList<AuditChecklistItem> items, decimal passMark, Guid? id = null)
        : base(id)
    {
        Name = Guard.Required(name, nameof(name));
        Number = number;
        Status = AuditChecklistStatus.Draft;
        SetContent(items, passMark);
    }

    public string Name { get; private set; } = "";

    public int Number { get; private set; }

    public AuditChecklistStatus Status { get; private set; }

    /// <summary>The weighted pass share (0–1) an interview needs to pass the audit.</summary>
    public decimal PassMark { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public List<AuditChecklistItem> Items { get; private set; } = [];

    public void EditDraft(IReadOnlyList<AuditChecklistItem> items, decimal passMark)
    {
        EnsureDraft();
        SetContent(items, passMark);
    }

    public void Publish(DateTime now)
    {
        EnsureDraft();
        Status = AuditChecklistStatus.Published;
        PublishedAt = now;
    }

    /// <summary>Σ weight of passed items / Σ weight, rounded to 4 decimals.</summary>
    public decimal Score(IReadOnlyDictionary<string, bool> passed) =>
        decimal.Round(Items.Where(i => passed[i.Key]).Sum(i => i.Weight) / Items.Sum(i => i.Weight), 4);

    private void EnsureDraft()
    {
        if (Status == AuditChecklistStatus.Published)
        {
            throw new DomainRuleException(ErrorCodes.AuditChecklistPublished, $"Version {Number} of '{Name}' is published and can no longer change; create a new version.", "checklistId");
        }
    }

    private void SetContent(IReadOnlyList<AuditChecklistItem> items, decimal passMark)
    {
        if (items.Count == 0)
        {
            throw new DomainRuleException(ErrorCodes.AuditChecklistInvalid, "A checklist needs at least one item.", "items");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in items.Select((c, i) => (c, i)))
        {
            if (!KeyPattern().IsMatch(item.Key ?? "") || !keys.Add(item.Key!))
            {
                throw new DomainRuleException(ErrorCodes.AuditChecklistInvalid, $"Item key '{item.Key}' is missing, malformed or repeated.", $"items.{index}.key");
            }

            Guard.Required(item.Title, $"items.{index}.title");
            if (item.Weight <= 0 || item.Weight > 100 || decimal.Round(item.Weight, 4) != item.Weight)
            {
                throw new DomainRuleException(ErrorCodes.AuditChecklistInvalid, $"Item '{item.Key}' needs a weight above 0 and at most 100, with at most 4 decimals.", $"items.{index}.weight");
            }
        }

        if (passMark <= 0 || passMark > 1 || decimal.Round(passMark, 4) != passMark)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "The pass mark is a share above 0 and at most 1, with at most 4 decimals.", "passMark");
        }

        Items = [.. items.Select(i => new AuditChecklistItem(i.Key, i.Title.Trim(), i.Weight))];
        PassMark = passMark;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex KeyPattern();
}
