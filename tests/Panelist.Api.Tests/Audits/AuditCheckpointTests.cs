using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Audits;

/// <summary>
/// Issue 9 item 7: a chain rewritten with raw SQL and every hash recomputed still verifies on its own, but no longer
/// extends the signed head the client kept, and the client's copy is checked by its signature, not by the table.
/// </summary>
public sealed class AuditCheckpointTests
{
    private const string Checkpoints = "{ auditCheckpoints(first: 5) { totalCount nodes { id organizationId sequence hash signedAt keyId signature signedMessage } } }";
    private const string Verify = """
        query($since: AuditCheckpointInput) { verifyAuditTrail(since: $since) { isValid entriesChecked firstBrokenSequence reason checkpointSequence } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_full_rewrite_with_recomputed_hashes_passes_verification_alone_but_not_since_the_client_s_checkpoint(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organization = await FlowApi.CreateOrganizationAsync(database, "Rewrite AG");
        await AuditChains.AppendAsync(database, organization, 5);
        await using var api = new PanelistApiFactory(database);
        using var auditor = api.ClientAs(Role.Auditor, organization);

        var created = await auditor.Ok("createAuditCheckpoint", new { reason = "quarterly export" }, "checkpoint { sequence hash }");
        Assert.Equal(5, created.At("checkpoint.sequence").GetInt64());
        var kept = ClientCopy((await auditor.Query(Checkpoints)).At("auditCheckpoints.nodes")[0]);
        await AuditChains.AppendAsync(database, organization, 2);
        var before = (await auditor.Query(Verify, new { since = kept })).At("verifyAuditTrail");
        Assert.True(before.At("isValid").GetBoolean(), before.ToString());
        Assert.Equal((8L, 5L), (before.At("entriesChecked").GetInt64(), before.At("checkpointSequence").GetInt64()));

        await AuditChains.RewriteEverythingAsync(database, organization, checkpointSequence: 5);

        var alone = (await auditor.Query(Verify, new { since = (object?)null })).At("verifyAuditTrail");
        Assert.True(alone.At("isValid").GetBoolean(), "The weakness checkpoints exist for: a consistent rewrite verifies on its own.");
        var since = (await auditor.Query(Verify, new { since = kept })).At("verifyAuditTrail");
        Assert.False(since.At("isValid").GetBoolean(), since.ToString());
        Assert.Equal(5, since.At("firstBrokenSequence").GetInt64());
        Assert.Contains("rewritten", since.Str("reason"), StringComparison.Ordinal);
        var stored = (await auditor.Query(Checkpoints)).At("auditCheckpoints.nodes")[0];
        Assert.NotEqual(kept["hash"], stored.Str("hash"));
    }

    [Fact]
    public async Task A_forged_or_altered_checkpoint_is_refused_by_its_signature()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = await FlowApi.CreateOrganizationAsync(database, "Forgery SA");
        await AuditChains.AppendAsync(database, organization, 3);
        await using var api = new PanelistApiFactory(database);
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        await admin.Ok("createAuditCheckpoint", new { }, "checkpoint { id }");
        var genuine = ClientCopy((await admin.Query(Checkpoints)).At("auditCheckpoints.nodes")[0]);
        var node = (await admin.Query(Checkpoints)).At("auditCheckpoints.nodes")[0];

        // Another key, but the message exactly as the README defines it and the server's key id claimed.
        using var otherKeys = AuditSigningKeys.FromPem(AuditSigningKeys.GeneratePem(), []);
        var forged = new Dictionary<string, object?>(genuine) { ["signature"] = otherKeys.Sign(node.Str("signedMessage")!) };
        var altered = new Dictionary<string, object?>(genuine) { ["sequence"] = 2L };
        var unknownKey = new Dictionary<string, object?>(genuine) { ["keyId"] = "ed25519-0000000000000000" };

        foreach (var (claim, expected) in new[] { (forged, "signature is not valid"), (altered, "signature is not valid"), (unknownKey, "does not know") })
        {
            var result = (await admin.Query(Verify, new { since = claim })).At("verifyAuditTrail");
            Assert.False(result.At("isValid").GetBoolean(), result.ToString());
            Assert.Contains(expected, result.Str("reason"), StringComparison.Ordinal);
        }

        Assert.True((await admin.Query(Verify, new { since = genuine })).At("verifyAuditTrail.isValid").GetBoolean());
    }

    [Fact]
    public async Task A_client_verifies_a_checkpoint_offline_from_its_fields_and_the_published_public_key()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = await FlowApi.CreateOrganizationAsync(database, "Offline Oy");
        await AuditChains.AppendAsync(database, organization, 2);
        await using var api = new PanelistApiFactory(database);
        using var auditor = api.ClientAs(Role.Auditor, organization);
        await auditor.Ok("createAuditCheckpoint", new { }, "checkpoint { id }");

        var checkpoint = (await auditor.Query(Checkpoints)).At("auditCheckpoints.nodes")[0];
        var key = (await auditor.Query("{ auditSigningKeys { keyId algorithm publicKey isCurrent } }")).At("auditSigningKeys")[0];
        // The README's recipe, from the fields alone: signedAt in UTC with six fractional digits.
        var signedAt = DateTimeOffset.Parse(checkpoint.Str("signedAt")!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        var message = string.Join('\n', "panelist-audit-checkpoint-v1", "organizationId=" + checkpoint.Str("organizationId"),
            "sequence=" + checkpoint.At("sequence").GetInt64(), "hash=" + checkpoint.Str("hash"),
            "signedAt=" + signedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            "keyId=" + checkpoint.Str("keyId"));

        Assert.Equal(message, checkpoint.Str("signedMessage"));
        Assert.Equal((checkpoint.Str("keyId"), "ED25519", true), (key.Str("keyId"), key.Str("algorithm"), key.At("isCurrent").GetBoolean()));
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromBase64String(key.Str("publicKey")!), KeyBlobFormat.RawPublicKey);
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, Encoding.UTF8.GetBytes(message), Convert.FromBase64String(checkpoint.Str("signature")!)));
        Assert.Equal(SeededWorld.Id("Organization", organization), checkpoint.Str("organizationId"));
    }

    private static Dictionary<string, object?> ClientCopy(JsonElement node) => new()
    {
        ["sequence"] = node.At("sequence").GetInt64(),
        ["hash"] = node.Str("hash"),
        ["signedAt"] = node.Str("signedAt"),
        ["keyId"] = node.Str("keyId"),
        ["signature"] = node.Str("signature"),
    };
}
