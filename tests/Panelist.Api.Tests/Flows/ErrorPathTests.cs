using System.Text.Json;
using Panelist.Api.Tests.Security;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.Flows;

/// <summary>
/// Issue 12 items 3 and 14: a refusal names the input field at fault, list items by index, bad ids
/// included; expected refusals carry no stack trace, even in Development.
/// </summary>
public sealed class ErrorPathTests(RoleWorld world) : IClassFixture<RoleWorld>
{
    private const string Create = """
        mutation($skills: [RequiredSkillInput!]!, $version: ID!) {
          createEngagement(input: { rubricVersionId: $version, title: "Paths", weeklyCapacity: 5, startsAt: "2027-01-04T00:00:00Z",
            pricing: { model: PER_INTERVIEW, currency: "USD", budgetCap: 1000 }, serviceLevel: { scheduleWithinDays: 3, feedbackWithinHours: 24 },
            requiredSkills: $skills }) { engagement { id } errors { code message path } }
        }
        """;

    [Fact]
    public async Task A_malformed_id_in_a_list_item_is_named_with_its_index()
    {
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Acme);
        var skills = new object[] { new { skillId = SeededWorld.Id("Skill", world.Subjects["Skill"]), minLevel = 2 }, new { skillId = "not-an-id", minLevel = 2 } };

        var response = await recruiter.PostAsync(Create, new { skills, version = SeededWorld.Id("RubricVersion", world.Subjects["RubricVersion"]) });

        var error = Assert.Single(response.Data.GetProperty("createEngagement").GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["input", "requiredSkills", "1", "skillId"], Path(error));
    }

    [Fact]
    public async Task An_unknown_skill_in_a_list_item_is_named_with_its_index()
    {
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Acme);
        var skills = new object[] { new { skillId = SeededWorld.Id("Skill", world.Subjects["Skill"]), minLevel = 2 }, new { skillId = SeededWorld.Id("Skill", Guid.NewGuid()), minLevel = 2 } };

        var response = await recruiter.PostAsync(Create, new { skills, version = SeededWorld.Id("RubricVersion", world.Subjects["RubricVersion"]) });

        var error = Assert.Single(response.Data.GetProperty("createEngagement").GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["input", "requiredSkills", "1", "skillId"], Path(error));
    }

    [Fact]
    public async Task A_bad_top_level_id_names_its_field()
    {
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Acme);

        var response = await recruiter.PostAsync(Create, new { skills = Array.Empty<object>(), version = SeededWorld.Id("Skill", world.Subjects["Skill"]) });

        var error = Assert.Single(response.Data.GetProperty("createEngagement").GetProperty("errors").EnumerateArray());
        Assert.Equal(["input", "rubricVersionId"], Path(error));
    }

    [Fact]
    public async Task FORBIDDEN_carries_no_stack_trace_even_in_Development()
    {
        await using var development = new PanelistApiFactory(world.Database) { Environment = "Development" };
        using var analyst = development.ClientAs(Role.Analyst, world.Acme);

        var response = await analyst.PostAsync("{ interviews(first: 1) { nodes { candidate { name } } } }");

        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(error.GetProperty("extensions").TryGetProperty("details", out _), response.Body);
        Assert.DoesNotContain(" at Panelist.", response.Body, StringComparison.Ordinal);
    }

    private static string[] Path(JsonElement error) => [.. error.GetProperty("path").EnumerateArray().Select(p => p.GetString()!)];
}
