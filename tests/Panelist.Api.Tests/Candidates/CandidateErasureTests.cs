using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Dispatch;
using Panelist.Testing.Databases;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Api.Tests.Candidates;

/// <summary>A data subject's erasure, end to end: encrypted at rest, gone after erasure, and carried to the client's ATS with a receipt.</summary>
public sealed class CandidateErasureTests
{
    /// <summary>An installation that chose one event only: the erasure must reach it all the same.</summary>
    private static readonly string[] OnlyScheduled = ["interview.scheduled"];

    private const string Erase = """
        mutation($input: EraseCandidateInput!) { eraseCandidate(input: $input) { candidate { id name email erasedAt } errors { code message path } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Personal_data_is_never_in_the_database_in_plain_text_and_erasure_leaves_nothing_readable(DatabaseProvider provider)
    {
        await using var world = await CandidateWorld.CreateAsync(provider);
        var before = await world.CandidateAsync();
        Assert.Equal((CandidateWorld.Name, CandidateWorld.Email), (before.GetProperty("name").GetString(), before.GetProperty("email").GetString()));
        // Encrypted at rest: no table holds the name or the address, not even the look-up column or the audit trail.
        Assert.Empty(await RawTables.FindAsync(world.Database, "Quixotic"));
        Assert.Empty(await RawTables.FindAsync(world.Database, CandidateWorld.Email));

        var erased = await world.As(Role.ClientAdmin).PostAsync(Erase, new { input = new { candidateId = world.CandidateId } });

        var payload = erased.Data.GetProperty("eraseCandidate");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var candidate = payload.GetProperty("candidate");
        Assert.Equal(JsonValueKind.Null, candidate.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, candidate.GetProperty("email").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, candidate.GetProperty("erasedAt").ValueKind);
        // After erasure no table holds the data, and nothing is left that could decrypt it: no key, no ciphertext, no look-up hash.
        Assert.Empty(await RawTables.FindAsync(world.Database, "Quixotic"));
        Assert.Empty(await RawTables.FindAsync(world.Database, CandidateWorld.Email));
        Assert.True(GlobalId.TryDecodeAs(world.CandidateId, "Candidate", out var candidateId));
        await using (var scope = world.Database.AsSystem(Organization.PlatformId))
        {
            Assert.False(await scope.Db.CandidateKeys.IgnoreQueryFilters().AnyAsync(k => k.CandidateId == candidateId));
            var row = await scope.Db.Candidates.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == candidateId);
            Assert.Equal((null, null, null), (row.NameCiphertext, row.EmailCiphertext, row.EmailLookup));
        }

        // The interview stays (anonymous) and the trail says what happened.
        var interview = (await world.As(Role.Recruiter).PostAsync("""query($id: ID!) { node(id: $id) { ... on Interview { id status candidate { id name erasedAt } } } }""",
            new { id = world.InterviewId })).Data.GetProperty("node");
        Assert.Equal(world.InterviewId, interview.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, interview.GetProperty("candidate").GetProperty("name").ValueKind);
        var trail = await world.As(Role.Auditor).PostAsync("""{ auditEntries(first: 20, where: { action: { eq: "candidate.erased" } }) { nodes { action subjectType } } }""");
        Assert.Single(trail.Data.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray());
        // A second erasure is refused, and a new interview cannot be requested for the erased person's record.
        var again = await world.As(Role.ClientAdmin).PostAsync(Erase, new { input = new { candidateId = world.CandidateId } });
        Assert.Equal(["CANDIDATE_ERASED"], again.PayloadErrors("eraseCandidate"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_erasure_reaches_the_ATS_through_its_connector_and_shows_complete_per_installation(DatabaseProvider provider)
    {
        using var ats = WireMockServer.Start();
        ats.Given(Request.Create().WithPath("/api/events").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = "erasure-1" }));
        await using var world = await CandidateWorld.CreateAsync(provider);
        await InstallTemplateAsync(world, ats.Url + "/api/");

        var erased = await world.As(Role.ClientAdmin).PostAsync(Erase, new { input = new { candidateId = world.CandidateId } });
        Assert.Equal(0, erased.Data.GetProperty("eraseCandidate").GetProperty("errors").GetArrayLength());
        var pending = await ErasureAsync(world);
        Assert.False(pending.GetProperty("complete").GetBoolean());
        Assert.Contains(pending.GetProperty("receipts").EnumerateArray(), r => r.GetProperty("status").GetString() == "PENDING");

        var dispatcher = world.Api.Services.GetRequiredService<DeliveryDispatcher>();
        for (var round = 0; round < 50 && !(await ErasureAsync(world)).GetProperty("complete").GetBoolean(); round++)
        {
            if (await dispatcher.DispatchOnceAsync(dispatcher.CreateAttempt(), default) == 0)
            {
                await Task.Delay(100);
            }
        }

        var done = await ErasureAsync(world);
        Assert.True(done.GetProperty("complete").GetBoolean());
        Assert.Equal(["panelist:COMPLETED", "template:COMPLETED"],
            done.GetProperty("receipts").EnumerateArray().Select(r => $"{r.GetProperty("processor").GetString()}:{r.GetProperty("status").GetString()}").Order());
        var sent = Assert.Single(ats.LogEntries, e => e.RequestMessage.Body!.Contains("candidate.erased", StringComparison.Ordinal));
        Assert.Contains("GH-CAND-77", sent.RequestMessage.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Quixotic", sent.RequestMessage.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CandidateWorld.Email, sent.RequestMessage.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_legal_hold_on_the_candidate_or_the_engagement_blocks_erasure_until_released_and_is_audited(DatabaseProvider provider)
    {
        await using var world = await CandidateWorld.CreateAsync(provider);
        var admin = world.As(Role.ClientAdmin);
        const string Place = "mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { legalHold { id active reason } errors { code path } } }";
        const string Release = "mutation($input: ReleaseLegalHoldInput!) { releaseLegalHold(input: $input) { legalHold { id active releasedAt } errors { code } } }";

        var both = await admin.PostAsync(Place, new { input = new { candidateId = world.CandidateId, engagementId = world.EngagementId, reason = "x" } });
        Assert.Equal(["VALIDATION_FAILED"], both.PayloadErrors("placeLegalHold"));
        var byRecruiter = await world.As(Role.Recruiter).PostAsync(Place, new { input = new { candidateId = world.CandidateId, reason = "Litigation 2026-17" } });
        Assert.Equal(["FORBIDDEN"], byRecruiter.PayloadErrors("placeLegalHold"));

        foreach (var target in new object[] { new { candidateId = world.CandidateId, reason = "Litigation 2026-17" }, new { engagementId = world.EngagementId, reason = "Regulator's request" } })
        {
            var hold = (await admin.PostAsync(Place, new { input = target })).Data.GetProperty("placeLegalHold").GetProperty("legalHold");
            Assert.True(hold.GetProperty("active").GetBoolean());
            var refused = await admin.PostAsync(Erase, new { input = new { candidateId = world.CandidateId } });
            Assert.Equal(["LEGAL_HOLD_ACTIVE"], refused.PayloadErrors("eraseCandidate"));
            Assert.Equal(CandidateWorld.Name, (await world.CandidateAsync()).GetProperty("name").GetString());
            var released = (await admin.PostAsync(Release, new { input = new { legalHoldId = hold.GetProperty("id").GetString() } })).Data.GetProperty("releaseLegalHold");
            Assert.False(released.GetProperty("legalHold").GetProperty("active").GetBoolean());
        }

        var trail = await world.As(Role.Auditor).PostAsync("""{ auditEntries(first: 50) { nodes { action } } }""");
        var actions = trail.Data.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("action").GetString()).ToList();
        Assert.Equal(2, actions.Count(a => a == "legal_hold.placed"));
        Assert.Equal(2, actions.Count(a => a == "legal_hold.released"));
        var erased = await admin.PostAsync(Erase, new { input = new { candidateId = world.CandidateId } });
        Assert.Equal(0, erased.Data.GetProperty("eraseCandidate").GetProperty("errors").GetArrayLength());
    }

    private static async Task<JsonElement> ErasureAsync(CandidateWorld world) =>
        (await world.CandidateAsync(Role.ClientAdmin, "erasure { complete receipts { processor status detail } }")).GetProperty("erasure");

    private static async Task InstallTemplateAsync(CandidateWorld world, string baseUrl)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var installed = await world.As(Role.ClientAdmin).PostAsync("""
                mutation($input: InstallConnectorInput!) { installConnector(input: $input) { installation { id } errors { code message } } }
                """, new
            {
                input = new
                {
                    connectorId = "template", name = "Acme ATS", events = OnlyScheduled,
                    settings = new[] { new { name = "baseUrl", value = baseUrl }, new { name = "apiKey", value = "secret-key" } },
                },
            });
            if (installed.Data.GetProperty("installConnector").GetProperty("installation").ValueKind == JsonValueKind.Object)
            {
                return;
            }

            // The plugins load in the background at start: NOT_FOUND until the template is there.
            await Task.Delay(100);
        }

        throw new InvalidOperationException("The template connector never loaded.");
    }
}
