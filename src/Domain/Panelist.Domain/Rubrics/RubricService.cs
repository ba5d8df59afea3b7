using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Rubrics;

/// <summary>Creates rubrics, edits drafts and publishes versions; a published version is never edited.</summary>
public sealed class RubricService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<Rubric>> CreateAsync(string name, string roleFamily, string? description,
        IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var rubric = new Rubric(name, roleFamily, description);
        var draft = rubric.AddDraft(criteria, passThreshold);
        Db.Rubrics.Add(rubric);
        await Audit.RecordPlatformAsync("rubric.created", nameof(Rubric), rubric.Id, new { rubric.Name, rubric.RoleFamily, draftVersion = draft.Number }, ct);
        return rubric;
    }, ct);

    /// <summary>Starts a new draft, copied from the latest version unless new criteria are given.</summary>
    public Task<Result<RubricVersion>> CreateDraftAsync(Guid rubricId, IReadOnlyList<RubricCriterion>? criteria, decimal? passThreshold, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var rubric = Found(await Db.Rubrics.Include(r => r.Versions).FirstOrDefaultAsync(r => r.Id == rubricId, ct), "rubric", "rubricId");
        var latest = rubric.Versions.MaxBy(v => v.Number);
        var draft = rubric.AddDraft(
            criteria ?? latest?.Criteria ?? throw new DomainRuleException(ErrorCodes.RubricCriteriaInvalid, "Criteria are required.", "criteria"),
            passThreshold ?? latest!.PassThreshold);
        await Audit.RecordPlatformAsync("rubric.draft_created", nameof(RubricVersion), draft.Id, new { rubricId = GlobalIds.Of<Rubric>(rubricId), draft.Number }, ct);
        return draft;
    }, ct);

    public Task<Result<RubricVersion>> EditDraftAsync(Guid versionId, IReadOnlyList<RubricCriterion> criteria, decimal passThreshold, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var version = Found(await Db.RubricVersions.FindAsync([versionId], ct), "rubric version", "versionId");
        version.EditDraft(criteria, passThreshold);
        await Audit.RecordPlatformAsync("rubric.draft_edited", nameof(RubricVersion), version.Id,
            new { version.Number, criteria = version.Criteria.Select(c => new { c.Key, c.Weight }), version.PassThreshold }, ct);
        return version;
    }, ct);

    public Task<Result<RubricVersion>> PublishAsync(Guid versionId, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var version = Found(await Db.RubricVersions.FindAsync([versionId], ct), "rubric version", "versionId");
        version.Publish(Now);
        await Audit.RecordPlatformAsync("rubric.version_published", nameof(RubricVersion), version.Id, new { rubricId = GlobalIds.Of<Rubric>(version.RubricId), version.Number }, ct);
        return version;
    }, ct);
}
