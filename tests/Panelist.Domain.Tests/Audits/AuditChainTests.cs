using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Audits;

public sealed class AuditChainTests
{
    /// <summary>What arranging the world does in acme: create and publish its rubric, create, open and activate the engagement, invite and accept.</summary>
    private static readonly string[] ArrangedClientActions =
    [
        "rubric.created",
        "rubric.version_published",
        "engagement.created",
        "engagement.status_changed",
        "engagement.status_changed",
        "assignment.invited",
        "assignment.accepted",
    ];

    [Theory, ClassData(typeof(Providers))]
    public async Task Every_service_change_appends_one_entry_linked_to_the_one_before(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        Assert.Equal(ArrangedClientActions, (await world.AuditEntriesAsync(world.OrganizationId)).Select(e => e.Action));

        var interviewId = await world.RequestInterviewAsync();
        ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1)));
        await world.CompleteAsync(interviewId, DomainWorld.Day(1, 11));

        var entries = await world.AuditEntriesAsync(world.OrganizationId);
        Assert.Equal(ArrangedClientActions.Length + 3, entries.Count);
        AssertLinkedChain(entries);
        Assert.Collection(
            entries.Skip(ArrangedClientActions.Length),
            e => AssertEntry(e, "interview.requested", interviewId, Role.Recruiter),
            e => AssertEntry(e, "interview.scheduled", interviewId, Role.Recruiter),
            e => AssertEntry(e, "interview.completed", interviewId, Role.Recruiter));
        Assert.Equal(DomainWorld.Day(1, 11), entries[^1].OccurredAt);

        var platform = await world.AuditEntriesAsync(Organization.PlatformId);
        AssertLinkedChain(platform);
        // The rubric is the client's own: its entries are in the client's chain, none in the platform's.
        Assert.DoesNotContain(platform, e => e.Action.StartsWith("rubric.", StringComparison.Ordinal));
        Assert.Contains(platform, e => e.Action == "interviewer.status_changed" && e.SubjectId == world.InterviewerId.ToString());

        await using var scope = world.AsPlatform();
        var verifier = scope.Get<AuditVerifier>();
        var client = await verifier.VerifyAsync(world.OrganizationId);
        Assert.True(client.IsValid, client.Reason);
        Assert.Equal(entries.Count, client.EntriesChecked);
        Assert.Null(client.FirstBrokenSequence);
        Assert.True((await verifier.VerifyAsync(Organization.PlatformId)).IsValid);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Verify_names_the_edited_entry_as_the_first_broken_one(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        var entries = await world.AuditEntriesAsync(world.OrganizationId);
        var target = entries[2];
        Assert.NotEqual("""{"tampered":true}""", target.Summary);

        await using (var tamper = world.AsPlatform())
        {
            var changed = await tamper.Db.Database.ExecuteSqlAsync(
                $$"""UPDATE "AuditEntries" SET "Summary" = '{"tampered":true}' WHERE "Id" = {{target.Id}}""");
            Assert.Equal(1, changed);
        }

        await using var scope = world.AsPlatform();
        var verifier = scope.Get<AuditVerifier>();
        var result = await verifier.VerifyAsync(world.OrganizationId);
        Assert.False(result.IsValid);
        Assert.Equal(target.Sequence, result.FirstBrokenSequence);
        Assert.Equal(target.Id, result.FirstBrokenEntryId);
        Assert.Equal(target.Sequence, result.EntriesChecked);
        Assert.True((await verifier.VerifyAsync(Organization.PlatformId)).IsValid);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Verify_detects_a_deleted_last_entry(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        var last = (await world.AuditEntriesAsync(world.OrganizationId))[^1];

        await using (var tamper = world.AsPlatform())
        {
            Assert.Equal(1, await tamper.Db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Id" = {last.Id}"""));
        }

        await using var scope = world.AsPlatform();
        var result = await scope.Get<AuditVerifier>().VerifyAsync(world.OrganizationId);
        Assert.False(result.IsValid);
        Assert.Equal(last.Sequence, result.FirstBrokenSequence);
        Assert.Equal(last.Sequence - 1, result.EntriesChecked);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Verify_detects_a_deleted_entry_in_the_middle(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var removed = (await world.AuditEntriesAsync(world.OrganizationId))[1];

        await using (var tamper = world.AsPlatform())
        {
            Assert.Equal(1, await tamper.Db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Id" = {removed.Id}"""));
        }

        await using var scope = world.AsPlatform();
        var result = await scope.Get<AuditVerifier>().VerifyAsync(world.OrganizationId);
        Assert.False(result.IsValid);
        Assert.Equal(removed.Sequence + 1, result.FirstBrokenSequence);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task A_new_entry_after_a_refusal_continues_the_chain_without_a_gap(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var interviewId = await world.RequestInterviewAsync();
        ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, DomainWorld.Day(0, 7)), ErrorCodes.InvalidTimeRange);
        ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1)));

        var entries = await world.AuditEntriesAsync(world.OrganizationId);
        AssertLinkedChain(entries);
        Assert.Equal("interview.scheduled", entries[^1].Action);
        await using var scope = world.AsPlatform();
        var head = await scope.Db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.OrganizationId == world.OrganizationId);
        Assert.Equal(entries[^1].Sequence, head.LastSequence);
        Assert.Equal(entries[^1].Hash, head.LastHash);
    }

    private static void AssertLinkedChain(List<AuditEntry> entries)
    {
        Assert.NotEmpty(entries);
        var previousHash = "";
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            Assert.Equal(i + 1, entry.Sequence);
            Assert.Equal(previousHash, entry.PreviousHash);
            Assert.Equal(entry.ComputeHash(), entry.Hash);
            Assert.Equal(64, entry.Hash.Length);
            Assert.Equal(DateTimeKind.Utc, entry.OccurredAt.Kind);
            previousHash = entry.Hash;
        }
    }

    private static void AssertEntry(AuditEntry entry, string action, Guid subjectId, Role role)
    {
        Assert.Equal(action, entry.Action);
        Assert.Equal(nameof(Interview), entry.SubjectType);
        Assert.Equal(subjectId.ToString(), entry.SubjectId);
        Assert.Equal(role, entry.ActorRole);
        Assert.Equal(ActorType.User, entry.ActorType);
    }
}
