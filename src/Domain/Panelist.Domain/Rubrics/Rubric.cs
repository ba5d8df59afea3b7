using Panelist.Domain.Common;

namespace Panelist.Domain.Rubrics;

/// <summary>
/// Structured evaluation criteria for a role family, in numbered versions. A rubric belongs to one
/// client organization (its hiring criteria are that client's business); a rubric with no organization
/// is a platform template, readable by every client and copied into an organization to be used.
/// </summary>
public sealed class Rubric : Entity
{
    private readonly List<RubricVersion> _versions = [];

    private Rubric()
        : base(default(FromStore))
    {
    }

    /// <param name="organizationId">The owning organization; null makes a platform template.</param>
    public Rubric(Guid? organizationId, string name, string roleFamily, string? description, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        Name = Guard.Required(name, nameof(name));
        RoleFamily = Guard.Required(roleFamily, nameof(roleFamily), 100);
        Description = Guard.Optional(description, nameof(description)) ?? "";
    }

    /// <summary>The owning client organization; null for a platform template.</summary>
    public Guid? OrganizationId { get; private set; }

    public bool IsTemplate => OrganizationId is null;

    public string Name { get; private set; } = "";

    public string RoleFamily { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The template version this rubric was copied from, if it was.</summary>
    public Guid? CopiedFromVersionId { get; private set; }

    public IReadOnlyList<RubricVersion> Versions => _versions;

    /// <summary>Starts the next draft. Only one draft exists at a time.</summary>
    public RubricVersion AddDraft(IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, Guid? versionId = null, RubricScale? scale = null)
    {
        if (_versions.Exists(v => v.Status == RubricVersionStatus.Draft))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "This rubric already has a draft; edit or publish it first.", "rubricId");
        }

        var number = _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;
        var version = new RubricVersion(Id, OrganizationId, number, criteria, passThreshold, scale ?? RubricScale.Default, versionId);
        _versions.Add(version);
        return version;
    }

    /// <summary>
    /// A new rubric of <paramref name="organizationId"/> holding <paramref name="source"/>'s content as its
    /// version 1, published at once: the template version is published, so its content was already
    /// reviewed, and an organization can pin it the moment it is copied (a change starts a new draft).
    /// </summary>
    public static Rubric CopyOf(Rubric template, RubricVersion source, Guid organizationId, string? name, DateTime now, Guid? id = null, Guid? versionId = null)
    {
        var copy = new Rubric(organizationId, name ?? template.Name, template.RoleFamily, template.Description, id) { CopiedFromVersionId = source.Id };
        copy.AddDraft(source.Criteria, source.PassThreshold, versionId, source.Scale).Publish(now);
        return copy;
    }
}
