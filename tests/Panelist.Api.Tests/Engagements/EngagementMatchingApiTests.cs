using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Skills;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Engagements;

/// <summary>
/// Issue 15 item 2 over HTTP on its own database: the ranking by hand-computed scores, every exclusion reason, required skills
/// and languages enforced on invite with an admin's audited override, and no other organization (or reader role) sees the matches.
/// </summary>
public sealed class EngagementMatchingApiTests
{
    private const string Matches = """
        query($e: ID!) { engagementMatches(engagement: $e, first: 10) { matchedCount excludedCount
          matches { rank score interviewer { id } factors { factor weight raw normalized contribution } }
          excluded { interviewer { id } reasons { code message } } weights { factor weight } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Interviewers_are_ranked_by_the_weighted_factors_and_the_excluded_are_listed_with_their_reason_codes(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Organization);

        var result = (await recruiter.Query(Matches, new { e = SeededWorld.Id("Engagement", world.Engagement) })).At("engagementMatches");

        var matches = result.At("matches").EnumerateArray().ToList();
        Assert.Equal([SeededWorld.Id("Interviewer", world.Best), SeededWorld.Id("Interviewer", world.Second)], matches.Select(m => m.Str("interviewer.id")));
        // Best: skills (5−3+1)/3 = 1, languages 3/3, London 09–18 covers 09–17 London: 1, load 1, rate min(1, 1000/(150·5)) = 1, certification 1,
        // no quality score: 0.5 → 0.25 + 0.10 + 0.15 + 0.10 + 0.10 + 0.05 + 0.25·0.5 = 0.875.
        Assert.Equal(0.875, matches[0].At("score").GetDouble(), 6);
        // Second: skills 1/3, languages (CONVERSATIONAL) 1/3, Tokyo 09–18 = 00–09 UTC misses 09–17 London in December: 0 →
        // 0.25/3 + 0.10/3 + 0 + 0.10 + 0.10 + 0.05 + 0.125 = 0.491667.
        Assert.Equal(0.491667, matches[1].At("score").GetDouble(), 6);
        Assert.Equal([1, 2], matches.Select(m => m.Number("rank")));
        var overlap = matches[1].At("factors").EnumerateArray().Single(f => f.Str("factor") == "TIME_ZONE_OVERLAP");
        Assert.Equal((0.0, 0.0, 0.15), (overlap.At("raw").GetDouble(), overlap.At("normalized").GetDouble(), overlap.At("weight").GetDouble()));
        Assert.Equal(7, result.At("weights").GetArrayLength());
        var excluded = result.At("excluded").EnumerateArray().ToDictionary(e => e.Str("interviewer.id")!, e => e.At("reasons").Each("code"));
        Assert.Equal(["SKILL_LEVEL_TOO_LOW"], excluded[SeededWorld.Id("Interviewer", world.TooLow)]);
        Assert.Equal(["MISSING_REQUIRED_LANGUAGE"], excluded[SeededWorld.Id("Interviewer", world.NoEnglish)]);
        Assert.Equal(["INTERVIEWER_NOT_CERTIFIED"], excluded[SeededWorld.Id("Interviewer", world.Uncertified)]);
        Assert.Contains("INTERVIEWER_NOT_ACTIVE", excluded[SeededWorld.Id("Interviewer", world.Onboarding)]);
        Assert.Equal(["MISSING_REQUIRED_SKILL"], excluded[SeededWorld.Id("Interviewer", world.NoSkill)]);
        Assert.Equal((2, 5), (result.Number("matchedCount"), result.Number("excludedCount")));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_invite_missing_requirements_is_refused_a_recruiter_cannot_override_and_a_client_admin_s_override_is_audited(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        using var recruiter = world.Api.ClientAs(Role.Recruiter, world.Organization);
        using var admin = world.Api.ClientAs(Role.ClientAdmin, world.Organization);
        object Invite(Guid interviewer, string? reason) => new
        {
            engagementId = SeededWorld.Id("Engagement", world.Engagement), interviewerId = SeededWorld.Id("Interviewer", interviewer), requirementsOverrideReason = reason,
        };

        var refused = await recruiter.Refused("inviteInterviewer", Invite(world.TooLow, null), "assignment");
        var language = await admin.Refused("inviteInterviewer", Invite(world.NoEnglish, null), "assignment");
        var byRecruiter = await recruiter.Refused("inviteInterviewer", Invite(world.TooLow, "Only one who knows the legacy stack"), "assignment");
        var overridden = (await admin.Ok("inviteInterviewer", Invite(world.TooLow, "Only one who knows the legacy stack"),
            "assignment { requirementsOverrideReason overriddenRequirements }")).At("assignment");
        var plain = (await recruiter.Ok("inviteInterviewer", Invite(world.Best, null), "assignment { requirementsOverrideReason overriddenRequirements }")).At("assignment");

        FlowApi.AssertUserError(refused, "MISSING_REQUIRED_SKILL", "input", "interviewerId");
        FlowApi.AssertUserError(language, "MISSING_REQUIRED_LANGUAGE", "input", "interviewerId");
        FlowApi.AssertUserError(byRecruiter, "FORBIDDEN", "input", "requirementsOverrideReason");
        Assert.Equal("Only one who knows the legacy stack", overridden.Str("requirementsOverrideReason"));
        Assert.StartsWith("SKILL_LEVEL_TOO_LOW: ", Assert.Single(overridden.At("overriddenRequirements").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.True(plain.IsNull("requirementsOverrideReason"));
        await using var scope = world.Database.AsSystem(world.Organization);
        var audited = await scope.Db.AuditEntries.Where(e => e.Action == "assignment.requirements_overridden").ToListAsync();
        Assert.Single(audited);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_organization_cannot_see_the_matches_and_readers_are_refused(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var other = await FlowApi.CreateOrganizationAsync(world.Database, "Other Matching Ltd");
        using var foreign = world.Api.ClientAs(Role.ClientAdmin, other);
        using var analyst = world.Api.ClientAs(Role.Analyst, world.Organization);
        using var interviewer = world.Api.ClientAs(Role.Interviewer, null, world.Best);
        var variables = new { e = SeededWorld.Id("Engagement", world.Engagement) };

        Assert.Contains("NOT_FOUND", (await foreign.PostAsync(Matches, variables)).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await analyst.PostAsync(Matches, variables)).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await interviewer.PostAsync(Matches, variables)).ErrorCodes);
        Assert.Contains("BAD_USER_INPUT", (await foreign.PostAsync("query($e: ID!) { engagementMatches(engagement: $e, first: 101) { matchedCount } }", variables)).ErrorCodes);
    }

    /// <summary>An organization with one engagement (skill at level 3, English, 09:00–17:00 London) and interviewers arranged for each case.</summary>
    private sealed class World : IAsyncDisposable
    {
        private World(TestDatabase database) => Database = database;

        public TestDatabase Database { get; }

        public PanelistApiFactory Api { get; private set; } = null!;

        public Guid Organization { get; private set; }

        public Guid Engagement { get; private set; }

        public Guid Best { get; private set; }

        public Guid Second { get; private set; }

        public Guid TooLow { get; private set; }

        public Guid NoEnglish { get; private set; }

        public Guid NoSkill { get; private set; }

        public Guid Uncertified { get; private set; }

        public Guid Onboarding { get; private set; }

        public static async Task<World> CreateAsync(DatabaseProvider provider)
        {
            var world = new World(await TestDatabase.CreateAsync(provider));
            await world.ArrangeAsync();
            world.Api = new PanelistApiFactory(world.Database);
            return world;
        }

        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await Database.DisposeAsync();
        }

        private async Task ArrangeAsync()
        {
            Organization = await FlowApi.CreateOrganizationAsync(Database, "Matching Ltd");
            var now = DateTime.UtcNow;
            Guid skill, rubric, version;
            await using (var platform = Database.AsSystem(Domain.Organizations.Organization.PlatformId))
            {
                skill = (await platform.Get<SkillService>().CreateAsync($"match-{Guid.NewGuid():N}"[..20], "Matching", "Misc")).Unwrap().Id;
            }

            // The rubric is the client's own: an engagement pins only its organization's rubrics.
            await using (var owner = Database.AsSystem(Organization))
            {
                var rubrics = owner.Get<RubricService>();
                var created = (await rubrics.CreateAsync("Matching rubric", "engineering", null, NumericInputWorld.Criteria(), 2m)).Unwrap();
                rubric = created.Id;
                version = (await rubrics.PublishAsync(created.Versions[0].Id)).Unwrap().Id;
            }

            async Task<Guid> Interviewer(string name, string zone, int? level, LanguageLevel? english, bool certified = true, bool active = true)
            {
                await using var platform = Database.AsSystem(Domain.Organizations.Organization.PlatformId);
                var service = platform.Get<InterviewerService>();
                var id = (await service.RegisterAsync(new InterviewerProfile($"Match {name}", $"match.{name}.{Guid.NewGuid():N}@example.com", null, "GB", zone),
                    new RateCard("USD", 100m, 150m))).Unwrap().Id;
                if (level is { } l)
                {
                    (await service.SetSkillAsync(id, skill, l, 5)).Unwrap();
                }

                if (english is { } e)
                {
                    (await service.SetLanguageAsync(id, "en", e)).Unwrap();
                }

                (await service.ClassifyAsync(id, ClassificationType.IndependentContractor, "GB")).Unwrap();
                (await service.RecordContractAsync(id, now.AddDays(-30), now.AddDays(730), now.AddDays(-30))).Unwrap();
                if (certified)
                {
                    (await service.CertifyAsync(id, rubric, now.AddDays(-10), now.AddDays(365))).Unwrap();
                }

                (await service.ChangeStatusAsync(id, InterviewerStatus.Onboarding)).Unwrap();
                if (active)
                {
                    (await service.ChangeStatusAsync(id, InterviewerStatus.Active)).Unwrap();
                }

                return id;
            }

            Best = await Interviewer("best", "Europe/London", 5, LanguageLevel.Native);
            Second = await Interviewer("second", "Asia/Tokyo", 3, LanguageLevel.Conversational);
            TooLow = await Interviewer("low", "Europe/London", 2, LanguageLevel.Native);
            NoEnglish = await Interviewer("noenglish", "Europe/London", 4, null);
            NoSkill = await Interviewer("noskill", "Europe/London", null, LanguageLevel.Native);
            Uncertified = await Interviewer("uncertified", "Europe/London", 4, LanguageLevel.Native, certified: false);
            Onboarding = await Interviewer("onboarding", "Europe/London", 4, LanguageLevel.Native, active: false);
            await using var client = Database.AsSystem(Organization);
            var details = new EngagementDetails("Matching team", null, null, new Pricing(PricingModel.PerInterview, "USD", 1_000m), new ServiceLevel(5, 48), 5,
                now.AddDays(-1), now.AddDays(90), ["en"], [new RequiredSkill(skill, 3)], InterviewingHours: InterviewingHours.Checked("Europe/London", 9 * 60, 17 * 60));
            Engagement = (await client.Get<EngagementService>().CreateAsync(version, details)).Unwrap().Id;
        }
    }
}
