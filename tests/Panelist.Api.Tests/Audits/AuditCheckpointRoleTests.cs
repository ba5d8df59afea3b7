using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Audits;

/// <summary>Checkpoints belong with the audit trail: client admins, auditors and (audited) platform admins; nobody else.</summary>
public sealed class AuditCheckpointRoleTests
{
    private const string Reads = """
        query($since: AuditCheckpointInput) { auditCheckpoints(first: 1) { totalCount } auditSigningKeys { keyId } verifyAuditTrail(since: $since) { isValid } }
        """;

    private const string Sign = "mutation { createAuditCheckpoint(input: { reason: \"role check\" }) { checkpoint { id sequence } errors { code } } }";

    [Fact]
    public async Task Client_admins_auditors_and_platform_admins_sign_and_read_checkpoints_and_other_roles_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = await FlowApi.CreateOrganizationAsync(database, "Roles KG");
        await AuditChains.AppendAsync(database, organization, 1);
        await using var api = new PanelistApiFactory(database);
        using var clientAdmin = api.ClientAs(Role.ClientAdmin, organization);
        var first = await clientAdmin.PostAsync(Sign);
        var since = (await clientAdmin.Query("{ auditCheckpoints(first: 1) { nodes { sequence hash signedAt keyId signature } } }"))
            .At("auditCheckpoints.nodes")[0];

        foreach (var role in new[] { Role.Recruiter, Role.Analyst, Role.Interviewer })
        {
            using var client = role == Role.Interviewer ? api.ClientAs(role, null, Guid.NewGuid()) : api.ClientAs(role, organization);
            var read = await client.PostAsync(Reads, new { since });
            Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"], read.ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await client.PostAsync(Sign)).PayloadErrors("createAuditCheckpoint"));
        }

        foreach (var role in new[] { Role.Auditor, Role.PlatformAdmin, Role.ClientAdmin })
        {
            using var client = api.ClientAs(role, organization);
            var read = await client.Query(Reads, new { since });
            Assert.True(read.At("verifyAuditTrail.isValid").GetBoolean(), $"{role}: {read}");
            Assert.Equal(1, read.At("auditSigningKeys").GetArrayLength());
            var signed = await client.PostAsync(Sign);
            Assert.Empty(signed.PayloadErrors("createAuditCheckpoint"));
        }

        using var auditor = api.ClientAs(Role.Auditor, organization);
        var trail = (await auditor.Query("{ auditEntries(first: 20) { nodes { action actorRole summary } } }")).At("auditEntries.nodes").EnumerateArray()
            .Select(e => $"{e.Str("action")} by {e.Str("actorRole")}").ToList();
        Assert.Contains("platform_admin.accessed by PLATFORM_ADMIN", trail);
        Assert.Contains("audit.checkpoint_created by PLATFORM_ADMIN", trail);
        Assert.Equal(4, trail.Count(t => t.StartsWith("audit.checkpoint_created", StringComparison.Ordinal)));
        Assert.Equal(1, first.Data.At("createAuditCheckpoint.checkpoint.sequence").GetInt64());
    }

    [Fact]
    public async Task Signing_an_empty_trail_is_refused_with_AUDIT_TRAIL_EMPTY()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = await FlowApi.CreateOrganizationAsync(database, "Empty BV");
        await using var api = new PanelistApiFactory(database);
        using var auditor = api.ClientAs(Role.Auditor, organization);

        var error = await auditor.Refused("createAuditCheckpoint", new { }, "checkpoint");

        Assert.Equal("AUDIT_TRAIL_EMPTY", error.Str("code"));
    }
}
