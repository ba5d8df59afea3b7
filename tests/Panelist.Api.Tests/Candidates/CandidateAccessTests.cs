using System.Text.Json;
using Panelist.Domain.Persistence;
using Panelist.Domain.Common;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Candidates;

/// <summary>Finding a person again, the access request, and the access log.</summary>
public sealed class CandidateAccessTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_same_address_in_any_case_finds_the_same_candidate_and_a_second_interview_joins_them(DatabaseProvider provider)
    {
        await using var world = await CandidateWorld.CreateAsync(provider);
        var again = await world.As(Role.Recruiter).PostAsync("""
            mutation($input: RequestInterviewInput!) { requestInterview(input: $input) { interview { candidate { id } } errors { code } } }
            """, new { input = new { engagementId = world.EngagementId, candidate = new { name = "Zelda Q.", email = "  ZELDA.Quixotic@Marker.example " } } });
        Assert.Equal(world.CandidateId, again.Data.GetProperty("requestInterview").GetProperty("interview").GetProperty("candidate").GetProperty("id").GetString());

        var found = await world.As(Role.Recruiter).PostAsync("""query($email: String) { candidates(first: 5, email: $email) { nodes { id name interviews(first: 5) { totalCount } } } }""",
            new { email = CandidateWorld.Email.ToUpperInvariant() });
        var node = Assert.Single(found.Data.GetProperty("candidates").GetProperty("nodes").EnumerateArray());
        Assert.Equal((world.CandidateId, CandidateWorld.Name, 2), (node.GetProperty("id").GetString(), node.GetProperty("name").GetString(),
            node.GetProperty("interviews").GetProperty("totalCount").GetInt32()));
        var analyst = await world.As(Role.Analyst).PostAsync("""{ candidates(first: 1) { nodes { id } } }""");
        Assert.Equal(JsonValueKind.Null, analyst.Data.GetProperty("candidates").ValueKind);
        Assert.Contains("FORBIDDEN", analyst.ErrorCodes);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_access_request_exports_everything_held_as_json_and_every_read_is_in_the_access_log(DatabaseProvider provider)
    {
        await using var world = await CandidateWorld.CreateAsync(provider);
        await world.CandidateAsync(Role.Recruiter);

        var export = await world.As(Role.ClientAdmin).PostAsync("""query($id: ID!) { exportCandidateData(candidateId: $id) { candidate { id } generatedAt document } }""",
            new { id = world.CandidateId });

        using var document = JsonDocument.Parse(export.Data.GetProperty("exportCandidateData").GetProperty("document").GetString()!);
        var root = document.RootElement;
        Assert.Equal((CandidateWorld.Name, CandidateWorld.Email, "GH-CAND-77"), (root.GetProperty("candidate").GetProperty("name").GetString(),
            root.GetProperty("candidate").GetProperty("email").GetString(), root.GetProperty("candidate").GetProperty("atsCandidateId").GetString()));
        var interview = Assert.Single(root.GetProperty("interviews").EnumerateArray());
        Assert.Equal((world.InterviewId, "GH-APP-77", "REQUESTED"), (interview.GetProperty("id").GetString(), interview.GetProperty("atsApplicationId").GetString(),
            interview.GetProperty("status").GetString()));
        Assert.Contains(root.GetProperty("accessLog").EnumerateArray(), e => e.GetProperty("action").GetString() == "candidate.viewed");
        var recruiter = await world.As(Role.Recruiter).PostAsync("""query($id: ID!) { exportCandidateData(candidateId: $id) { document } }""", new { id = world.CandidateId });
        Assert.Contains("FORBIDDEN", recruiter.ErrorCodes);

        var log = (await world.CandidateAsync(Role.Auditor, "accessLog(first: 20) { action actorId }")).GetProperty("accessLog").EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("candidate.viewed", log);
        Assert.Contains("candidate.exported", log);
    }
}
