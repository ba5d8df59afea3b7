using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Rubrics;

/// <summary>
/// Creates rubrics, edits drafts, publishes versions and copies templates; a published version is never
/// edited. A client admin (or the platform acting for the client) keeps the organization's rubrics; the
/// platform organization's are the template library, kept by platform admins.
/// </summary>
public sealed class RubricService(DomainScope scope) : DomainService(scope)
{
    /// <summary>A rubric of the caller's organization; created in the platform organization, a template.</summary>
    public Task<Result<Rubric>> CreateAsync(string name, string roleFamily, string? description,
        IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, RubricScale? scale = null, CancellationToken ct = default) => Run(async () =>
    {
        var organization = CurrentOrganization;
        var template = organization == Organization.PlatformId;
        RequireKeeper(template);
        var rubric = new Rubric(template ? null : organization, name, roleFamily, description);
        var draft = rubric.AddDraft(criteria, passThreshold, scale: scale);
        Db.Rubrics.Add(rubric);
        await RecordAsync(rubric, "rubric.created", nameof(Rubric), rubric.Id, new { rubric.Name, rubric.RoleFamily, draftVersion = draft.Number, template }, ct);
        return rubric;
    }, ct);

    /// <summary>Starts a new draft, copied from the latest version unless new criteria (or a new scale) are given.</summary>
    public Task<Result<RubricVersion>> CreateDraftAsync(Guid rubricId, IReadOnlyList<RubricCriterion>? criteria, decimal? passThreshold,
        RubricScale? scale = null, CancellationToken ct = default) => Run(async () =>
    {
        var rubric = Found(await Db.Rubrics.Include(r => r.Versions).FirstOrDefaultAsync(r => r.Id == rubricId, ct), "rubric", "rubricId");
        RequireKeeper(rubric.IsTemplate);
        var latest = rubric.Versions.MaxBy(v => v.Number);
        var draft = rubric.AddDraft(
            criteria ?? latest?.Criteria ?? throw new DomainRuleException(ErrorCodes.RubricCriteriaInvalid, "Criteria are required.", "criteria"),
            passThreshold ?? latest!.PassThreshold,
            scale: scale ?? latest?.Scale);
        await RecordAsync(rubric, "rubric.draft_created", nameof(RubricVersion), draft.Id, new { rubricId = GlobalIds.Of<Rubric>(rubricId), draft.Number, draft.ScaleLevels }, ct);
        return draft;
    }, ct);

    public Task<Result<RubricVersion>> EditDraftAsync(Guid versionId, IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, RubricScale? scale = null,
        CancellationToken ct = default) => Run(async () =>
    {
        var (rubric, version) = await KeptVersionAsync(versionId, ct);
        version.EditDraft(criteria, passThreshold, scale);
        await RecordAsync(rubric, "rubric.draft_edited", nameof(RubricVersion), version.Id,
            new { version.Number, criteria = version.Criteria.Select(c => new { c.Key, c.Weight }), version.PassThreshold, version.ScaleLevels }, ct);
        return version;
    }, ct);

    public Task<Result<RubricVersion>> PublishAsync(Guid versionId, CancellationToken ct = default) => Run(async () =>
    {
        var (rubric, version) = await KeptVersionAsync(versionId, ct);
        version.Publish(Now);
        await RecordAsync(rubric, "rubric.version_published", nameof(RubricVersion), version.Id, new { rubricId = GlobalIds.Of<Rubric>(version.RubricId), version.Number }, ct);
        return version;
    }, ct);

    /// <summary>
    /// Copies the template's latest published version into the caller's organization as a new rubric with
    /// that content published as its version 1 (see <see cref="Rubric.CopyOf"/>).
    /// </summary>
    public Task<Result<Rubric>> CopyTemplateAsync(Guid templateId, string? name, CancellationToken ct = default) => Run(async () =>
    {
        var organization = CurrentOrganization;
        RequireKeeper(template: false);
        var template = Found(await Db.Rubrics.Include(r => r.Versions).FirstOrDefaultAsync(r => r.Id == templateId, ct), "rubric template", "templateId");
        if (!template.IsTemplate)
        {
            throw new DomainRuleException(ErrorCodes.RubricNotTemplate, "Only a platform template can be copied; start a new draft of your own rubric instead.", "templateId");
        }

        if (organization == Organization.PlatformId)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Templates are copied into a client organization; act for one.");
        }

        var source = template.Versions.Where(v => v.Status == RubricVersionStatus.Published).MaxBy(v => v.Number)
            ?? throw new DomainRuleException(ErrorCodes.RubricVersionNotPublished, "This template has no published version yet.", "templateId");
        var copy = Rubric.CopyOf(template, source, organization, Guard.Optional(name, nameof(name), 200) is { Length: > 0 } given ? given : null, Now);
        Db.Rubrics.Add(copy);
        Audit.Record("rubric.copied_from_template", nameof(Rubric), copy.Id,
            new { copy.Name, templateId = GlobalIds.Of<Rubric>(template.Id), templateVersionId = GlobalIds.Of<RubricVersion>(source.Id), templateVersion = source.Number });
        return copy;
    }, ct);

    private async Task<(Rubric Rubric, RubricVersion Version)> KeptVersionAsync(Guid versionId, CancellationToken ct)
    {
        var version = Found(await Db.RubricVersions.FirstOrDefaultAsync(v => v.Id == versionId, ct), "rubric version", "versionId");
        var rubric = await Db.Rubrics.SingleAsync(r => r.Id == version.RubricId, ct);
        RequireKeeper(rubric.IsTemplate);
        return (rubric, version);
    }

    /// <summary>Templates: platform admins in the platform organization. An organization's rubrics: its client admins or the platform.</summary>
    private void RequireKeeper(bool template)
    {
        if (template ? !Actor.IsPlatformAdmin : Actor.Role is not (Role.System or Role.PlatformAdmin or Role.ClientAdmin))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, template
                ? "Only a platform admin may change the template library."
                : $"The role {ApiNames.Of(Actor.Role)} cannot change rubrics; a client admin keeps them.");
        }
    }

    /// <summary>Templates are audited in the platform's chain, an organization's rubrics in its own.</summary>
    private async Task RecordAsync(Rubric rubric, string action, string subjectType, Guid subjectId, object summary, CancellationToken ct)
    {
        if (rubric.IsTemplate)
        {
            await Audit.RecordPlatformAsync(action, subjectType, subjectId, summary, ct);
        }
        else
        {
            Audit.Record(action, subjectType, subjectId, summary, rubric.OrganizationId);
        }
    }
}
