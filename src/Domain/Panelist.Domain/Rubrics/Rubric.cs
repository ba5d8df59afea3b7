using Panelist.Domain.Common;

namespace Panelist.Domain.Rubrics;

/// <summary>
/// Structured evaluation criteria for a role family, kept by the platform so interviewers can be
/// certified on it once and serve any client that pins one of its versions.
/// </summary>
public sealed class Rubric : Entity
{
    private readonly List<RubricVersion> _versions = [];

    private Rubric()
    {
    }

    public Rubric(string name, string roleFamily, string? description, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Name = Guard.Required(name, nameof(name));
        RoleFamily = Guard.Required(roleFamily, nameof(roleFamily), 100);
        Description = Guard.Optional(description, nameof(description)) ?? "";
    }

    public string Name { get; private set; } = "";

    public string RoleFamily { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyList<RubricVersion> Versions => _versions;

    /// <summary>Starts the next draft. Only one draft exists at a time.</summary>
    public RubricVersion AddDraft(IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, Guid? versionId = null)
    {
        if (_versions.Exists(v => v.Status == RubricVersionStatus.Draft))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "This rubric already has a draft; edit or publish it first.", "rubricId");
        }

        var number = _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;
        var version = new RubricVersion(Id, number, criteria, passThreshold, versionId);
        _versions.Add(version);
        return version;
    }
}
