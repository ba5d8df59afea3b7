using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Flows;

/// <summary>
/// Every mutation the interview flow does not use, on its success path over real HTTP with the token of
/// the role that does it in real life, each checked in its payload and again by a follow-up query; then
/// the root queries over what that left, and a valid audit trail. A clock the test moves lets interviews
/// be scheduled in the future and completed in the past. Each provider gets its own database.
/// (The second half, interviews to audit trail, is in EveryMutationTests.Interviews.cs.)
/// </summary>
public sealed partial class EveryMutationTests
{
    private static readonly string[] Anchors = ["Misses it", "Partly there", "Solid", "Exceptional"];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_mutation_and_query_works_over_HTTP(DatabaseProvider provider)
    {
        var clock = new MutableTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        await using var database = await TestDatabase.CreateAsync(provider);
        var organizationId = await FlowApi.CreateOrganizationAsync(database, "Every Mutation GmbH");
        await using var api = new PanelistApiFactory(database) { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var platform = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var clientAdmin = api.ClientAs(Role.ClientAdmin, organizationId);
        using var recruiter = api.ClientAs(Role.Recruiter, organizationId);
        using var auditor = api.ClientAs(Role.Auditor, organizationId);

        var catalog = await SkillsAndRubricAsync(platform, clientAdmin, recruiter);
        var interviewerId = await RegisterActiveInterviewerAsync(platform, catalog, clock.GetUtcNow());
        using var interviewer = api.ClientAs(Role.Interviewer, null, FlowApi.DecodeId(interviewerId));
        var world = new World(clock, platform, clientAdmin, recruiter, auditor, interviewer, catalog, interviewerId);

        await InterviewerProfileAsync(world);
        var (first, second) = await EngagementsAsync(world);
        await InterviewsAsync(world, first, second);
    }

    private sealed record Catalog(string PrimarySkillId, string SecondarySkillId, string SkillPrefix, string RubricId, string RubricName, string Version1Id, string Version2Id);

    private sealed record World(MutableTimeProvider Clock, GraphQLClient Platform, GraphQLClient ClientAdmin, GraphQLClient Recruiter, GraphQLClient Auditor,
        GraphQLClient Interviewer, Catalog Catalog, string InterviewerId);

    private sealed record EngagementRefs(string EngagementId, string AssignmentId);

    /// <summary>createSkill, renameSkill; createRubric, createRubricDraft, editRubricDraft, publishRubricVersion; skills, rubric(id), rubrics.</summary>
    private static async Task<Catalog> SkillsAndRubricAsync(GraphQLClient platform, GraphQLClient keeper, GraphQLClient recruiter)
    {
        var prefix = $"every-{Guid.NewGuid():N}"[..18];
        var primary = (await platform.Ok("createSkill", new { slug = $"{prefix}-a", name = "Event sourcing", category = "Architecture" }, "skill { id }")).Str("skill.id")!;
        var secondary = (await platform.Ok("createSkill", new { slug = $"{prefix}-b", name = "DDD", category = "Misc" }, "skill { id }")).Str("skill.id")!;

        var renamed = (await platform.Ok("renameSkill", new { skillId = secondary, name = "Domain-driven design", category = "Design" },
            "skill { id slug name category }")).At("skill");
        Assert.Equal((secondary, $"{prefix}-b", "Domain-driven design", "Design"), (renamed.Str("id"), renamed.Str("slug"), renamed.Str("name"), renamed.Str("category")));
        var skills = (await recruiter.Query("""
            query($prefix: String!) { skills(where: { slug: { startsWith: $prefix } }, order: [{ slug: ASC }]) { totalCount nodes { id slug name category } } }
            """, new { prefix })).At("skills");
        Assert.Equal(2, skills.Number("totalCount"));
        Assert.Equal([primary, secondary], skills.At("nodes").Each("id"));
        Assert.Equal(["Event sourcing", "Domain-driven design"], skills.At("nodes").Each("name"));
        Assert.Equal(["Architecture", "Design"], skills.At("nodes").Each("category"));

        var rubricName = $"Backend {prefix}";
        var rubric = (await keeper.Ok("createRubric", new
        {
            name = rubricName,
            roleFamily = "Engineering",
            description = "Backend interviews.",
            passThreshold = 2.5m,
            criteria = new object[]
            {
                new { key = "problem_solving", title = "Problem solving", weight = 0.6m, anchors = Anchors },
                new { key = "communication", title = "Communication", weight = 0.4m, anchors = Anchors },
            },
        }, "rubric { id versions { id } }")).At("rubric");
        var rubricId = rubric.Str("id")!;
        var version1 = rubric.Str("versions.0.id")!;
        await keeper.Ok("publishRubricVersion", new { versionId = version1 }, "version { id }");

        var draft = (await keeper.Ok("createRubricDraft", new { rubricId },
            "version { id number status passThreshold publishedAt criteria { key weight anchors } rubric { id } }")).At("version");
        var version2 = draft.Str("id")!;
        Assert.Equal((2, "DRAFT", 2.5m, rubricId), (draft.Number("number"), draft.Str("status"), draft.Dec("passThreshold"), draft.Str("rubric.id")));
        Assert.True(draft.IsNull("publishedAt"));
        Assert.Equal(["problem_solving", "communication"], draft.At("criteria").Each("key"));
        Assert.Equal(Anchors, draft.At("criteria.1.anchors").EnumerateArray().Select(a => a.GetString()));

        var edited = (await keeper.Ok("editRubricDraft", new
        {
            versionId = version2,
            passThreshold = 3m,
            criteria = new object[]
            {
                new { key = "problem_solving", title = "Problem solving", weight = 0.5m, anchors = Anchors },
                new { key = "communication", title = "Communication", weight = 0.3m, anchors = Anchors },
                new { key = "system_design", title = "System design", description = "Trade-offs at scale.", weight = 0.2m, anchors = Anchors },
            },
        }, "version { id number status passThreshold criteria { key title description weight } }")).At("version");
        Assert.Equal((version2, 2, "DRAFT", 3m), (edited.Str("id"), edited.Number("number"), edited.Str("status"), edited.Dec("passThreshold")));
        Assert.Equal(["problem_solving", "communication", "system_design"], edited.At("criteria").Each("key"));
        Assert.Equal([0.5m, 0.3m, 0.2m], edited.At("criteria").EnumerateArray().Select(c => c.Dec("weight")));
        Assert.Equal("Trade-offs at scale.", edited.Str("criteria.2.description"));

        await keeper.Ok("publishRubricVersion", new { versionId = version2 }, "version { id }");
        foreach (var versionId in new[] { version2, version1 })
        {
            var refused = await keeper.Refused("editRubricDraft", new
            {
                versionId,
                passThreshold = 2m,
                criteria = new[] { new { key = "anything", title = "Anything", weight = 1m, anchors = Anchors } },
            }, "version");
            FlowApi.AssertUserError(refused, "RUBRIC_VERSION_PUBLISHED", "input", "versionId");
        }

        var read = (await recruiter.Query("""
            query($id: ID!) { rubric(id: $id) { id name roleFamily description versions { id number status passThreshold publishedAt criteria { key weight } } } }
            """, new { id = rubricId })).At("rubric");
        Assert.Equal((rubricName, "Engineering", "Backend interviews."), (read.Str("name"), read.Str("roleFamily"), read.Str("description")));
        Assert.Equal([version2, version1], read.At("versions").Each("id"));
        Assert.Equal(["PUBLISHED", "PUBLISHED"], read.At("versions").Each("status"));
        Assert.False(read.IsNull("versions.0.publishedAt"));
        Assert.Equal(3m, read.Dec("versions.0.passThreshold"));
        // The refused edits left both published versions as they were.
        Assert.Equal(["problem_solving", "communication", "system_design"], read.At("versions.0.criteria").Each("key"));
        Assert.Equal(["problem_solving", "communication"], read.At("versions.1.criteria").Each("key"));

        var rubrics = (await recruiter.Query("""
            query($name: String!) { rubrics(where: { name: { eq: $name } }) { totalCount nodes { id name roleFamily versions { number } } } }
            """, new { name = rubricName })).At("rubrics");
        Assert.Equal(1, rubrics.Number("totalCount"));
        Assert.Equal((rubricId, 2), (rubrics.Str("nodes.0.id"), rubrics.Number("nodes.0.versions.0.number")));
        return new Catalog(primary, secondary, prefix, rubricId, rubricName, version1, version2);
    }

    /// <summary>An interviewer taken from APPLICANT to ACTIVE with two skills and two languages (the flow tests cover these mutations).</summary>
    private static async Task<string> RegisterActiveInterviewerAsync(GraphQLClient platform, Catalog catalog, DateTimeOffset now)
    {
        var interviewerId = (await platform.Ok("registerInterviewer", new
        {
            name = "Fiona Flow",
            email = $"fiona.{Guid.NewGuid():N}@interviewers.example",
            countryCode = "DE",
            timeZone = "Europe/Berlin",
            rateCard = new { currency = "EUR", hourlyRate = 100m, perInterviewRate = 120m },
        }, "interviewer { id }")).Str("interviewer.id")!;
        await platform.Ok("setInterviewerSkill", new { interviewerId, skillId = catalog.PrimarySkillId, level = 4, years = 6 }, "interviewer { id }");
        await platform.Ok("setInterviewerSkill", new { interviewerId, skillId = catalog.SecondarySkillId, level = 2, years = 1 }, "interviewer { id }");
        await platform.Ok("setInterviewerLanguage", new { interviewerId, code = "de", level = "NATIVE" }, "interviewer { id }");
        await platform.Ok("setInterviewerLanguage", new { interviewerId, code = "en", level = "PROFESSIONAL" }, "interviewer { id }");
        await platform.Ok("classifyInterviewer", new { interviewerId, classification = "INDEPENDENT_CONTRACTOR", jurisdiction = "DE" }, "interviewer { id }");
        await platform.Ok("recordInterviewerContract", new { interviewerId, signedAt = now.AddDays(-30), expiresAt = now.AddDays(365), ndaSignedAt = now.AddDays(-30) },
            "interviewer { id }");
        await platform.Ok("certifyInterviewer", new { interviewerId, rubricId = catalog.RubricId, certifiedAt = now.AddDays(-1), expiresAt = now.AddDays(365) },
            "interviewer { id }");
        await platform.Ok("changeInterviewerStatus", new { interviewerId, status = "ONBOARDING" }, "interviewer { id }");
        await platform.Ok("changeInterviewerStatus", new { interviewerId, status = "ACTIVE" }, "interviewer { id }");
        return interviewerId;
    }

    /// <summary>setInterviewerRateCard (platform admin); updateInterviewerProfile and removeInterviewerSkill (the interviewer); removeInterviewerLanguage; interviewer(id).</summary>
    private static async Task InterviewerProfileAsync(World w)
    {
        var interviewerId = w.InterviewerId;
        var card = (await w.Platform.Ok("setInterviewerRateCard", new { interviewerId, rateCard = new { currency = "EUR", hourlyRate = 90m, perInterviewRate = 150m } },
            "interviewer { id rateCard { currency hourlyRate perInterviewRate } }")).At("interviewer");
        Assert.Equal((interviewerId, "EUR", 90m, 150m), (card.Str("id"), card.Str("rateCard.currency"), card.Dec("rateCard.hourlyRate"), card.Dec("rateCard.perInterviewRate")));

        var profile = (await w.Interviewer.Ok("updateInterviewerProfile", new
        {
            interviewerId,
            name = "Fiona Fischer",
            headline = "Staff engineer, payments",
            countryCode = "AT",
            timeZone = "Europe/Vienna",
        }, "interviewer { id name headline countryCode timeZone status email }")).At("interviewer");
        Assert.Equal(("Fiona Fischer", "Staff engineer, payments", "AT", "Europe/Vienna", "ACTIVE"),
            (profile.Str("name"), profile.Str("headline"), profile.Str("countryCode"), profile.Str("timeZone"), profile.Str("status")));
        Assert.StartsWith("fiona.", profile.Str("email"));

        var withoutSkill = (await w.Interviewer.Ok("removeInterviewerSkill", new { interviewerId, skillId = w.Catalog.SecondarySkillId },
            "interviewer { skills { level years skill { id } } }")).At("interviewer.skills");
        Assert.Equal([w.Catalog.PrimarySkillId], withoutSkill.Each("skill.id"));
        var withoutLanguage = (await w.Platform.Ok("removeInterviewerLanguage", new { interviewerId, code = "en" },
            "interviewer { languages { code level } }")).At("interviewer.languages");
        Assert.Equal(["de"], withoutLanguage.Each("code"));

        var read = (await w.Recruiter.Query("""
            query($id: ID!) { interviewer(id: $id) { id name headline countryCode timeZone status createdAt
              rateCard { currency hourlyRate perInterviewRate } skills { level years skill { id slug } } languages { code level }
              certifications { valid expiresAt rubric { id } } } }
            """, new { id = interviewerId })).At("interviewer");
        Assert.Equal(("Fiona Fischer", "Staff engineer, payments", "AT", "Europe/Vienna", "ACTIVE"),
            (read.Str("name"), read.Str("headline"), read.Str("countryCode"), read.Str("timeZone"), read.Str("status")));
        Assert.Equal((90m, 150m), (read.Dec("rateCard.hourlyRate"), read.Dec("rateCard.perInterviewRate")));
        Assert.Equal((w.Catalog.PrimarySkillId, 4, 6), (read.Str("skills.0.skill.id"), read.Number("skills.0.level"), read.Number("skills.0.years")));
        Assert.Equal(1, read.At("skills").GetArrayLength());
        Assert.Equal(("de", "NATIVE"), (Assert.Single(read.At("languages").EnumerateArray()).Str("code"), read.Str("languages.0.level")));
        Assert.Equal(w.Catalog.RubricId, Assert.Single(read.At("certifications").EnumerateArray()).Str("rubric.id"));
        Assert.True(read.At("certifications.0.valid").GetBoolean());
        // Back for the engagements, which require English of the interviewers they invite.
        await w.Platform.Ok("setInterviewerLanguage", new { interviewerId, code = "en", level = "PROFESSIONAL" }, "interviewer { id }");
    }

    private static object Terms(string title, decimal budgetCap, DateTimeOffset now, string skillId, int minLevel, string[] languages, int weeklyCapacity = 10) => new
    {
        title,
        brief = $"{title}: the technical round.",
        atsJobId = $"REQ-{budgetCap:0}",
        pricing = new { model = "PER_INTERVIEW", currency = "EUR", budgetCap },
        serviceLevel = new { scheduleWithinDays = 5, feedbackWithinHours = 24 },
        weeklyCapacity,
        startsAt = now.AddDays(-1),
        endsAt = now.AddDays(90),
        requiredLanguages = languages,
        requiredSkills = new[] { new { skillId, minLevel } },
    };

    /// <summary>
    /// editEngagement, pauseEngagement, resumeEngagement on an active engagement; pinRubricVersion on a draft one;
    /// acknowledgeBriefing on the first assignment, declineAssignment on the second invitation (then invited again); engagement(id).
    /// </summary>
    private static async Task<(EngagementRefs First, EngagementRefs Second)> EngagementsAsync(World w)
    {
        var now = w.Clock.GetUtcNow();
        var skillId = w.Catalog.PrimarySkillId;
        var engagementId = (await w.ClientAdmin.Ok("createEngagement", Merge(new { rubricVersionId = w.Catalog.Version1Id }, Terms("Backend", 1000m, now, skillId, 2, ["de"])),
            "engagement { id }")).Str("engagement.id")!;
        await w.ClientAdmin.Ok("openEngagement", new { engagementId }, "engagement { id }");
        await w.ClientAdmin.Ok("activateEngagement", new { engagementId }, "engagement { id }");

        const string EngagementFields = """
            id title brief atsJobId status weeklyCapacity startsAt endsAt closedAt requiredLanguages
            pricing { model currency budgetCap } serviceLevel { scheduleWithinDays feedbackWithinHours }
            requiredSkills { minLevel skill { id } } rubricVersion { id number }
            """;
        var edited = (await w.ClientAdmin.Ok("editEngagement", Merge(new { engagementId },
            Terms("Payments backend", 2000m, now, skillId, 3, ["de", "en"], weeklyCapacity: 20)), $"engagement {{ {EngagementFields} }}")).At("engagement");
        AssertTerms(edited, "ACTIVE", w.Catalog.Version1Id, skillId, now);

        var paused = await w.Recruiter.Ok("pauseEngagement", new { engagementId }, "engagement { id status }");
        Assert.Equal((engagementId, "PAUSED"), (paused.Str("engagement.id"), paused.Str("engagement.status")));
        var notActive = await w.Recruiter.Refused("requestInterview", new { engagementId, candidate = new { name = "Too Early", email = "early@candidates.example" } }, "interview");
        FlowApi.AssertUserError(notActive, "ENGAGEMENT_NOT_ACTIVE", "input", "engagementId");
        var resumed = await w.Recruiter.Ok("resumeEngagement", new { engagementId }, "engagement { id status }");
        Assert.Equal((engagementId, "ACTIVE"), (resumed.Str("engagement.id"), resumed.Str("engagement.status")));
        AssertTerms((await w.Recruiter.Query($"query($id: ID!) {{ engagement(id: $id) {{ {EngagementFields} }} }}", new { id = engagementId })).At("engagement"),
            "ACTIVE", w.Catalog.Version1Id, skillId, now);

        var assignmentId = (await w.ClientAdmin.Ok("inviteInterviewer", new { engagementId, interviewerId = w.InterviewerId }, "assignment { id agreedRate }")).Str("assignment.id")!;
        await w.Interviewer.Ok("acceptAssignment", new { assignmentId }, "assignment { id }");
        var briefed = (await w.Interviewer.Ok("acknowledgeBriefing", new { assignmentId },
            "assignment { id status agreedRate currency rateOverridden briefingAcknowledgedAt engagement { id } interviewer { id } }")).At("assignment");
        Assert.Equal((assignmentId, "ACCEPTED", 150m, "EUR", false), (briefed.Str("id"), briefed.Str("status"), briefed.Dec("agreedRate"), briefed.Str("currency"),
            briefed.At("rateOverridden").GetBoolean()));
        Assert.Equal(now, briefed.Instant("briefingAcknowledgedAt"));
        Assert.Equal((engagementId, w.InterviewerId), (briefed.Str("engagement.id"), briefed.Str("interviewer.id")));

        var secondId = (await w.Recruiter.Ok("createEngagement", Merge(new { rubricVersionId = w.Catalog.Version1Id }, Terms("Platform", 1000m, now, skillId, 2, ["de"])),
            "engagement { id }")).Str("engagement.id")!;
        var pinned = (await w.Recruiter.Ok("pinRubricVersion", new { engagementId = secondId, rubricVersionId = w.Catalog.Version2Id },
            "engagement { id status rubricVersion { id number status } }")).At("engagement");
        Assert.Equal((secondId, "DRAFT", w.Catalog.Version2Id, 2), (pinned.Str("id"), pinned.Str("status"), pinned.Str("rubricVersion.id"), pinned.Number("rubricVersion.number")));
        Assert.Equal(w.Catalog.Version2Id, (await w.ClientAdmin.Query("query($id: ID!) { engagement(id: $id) { rubricVersion { id } } }", new { id = secondId }))
            .Str("engagement.rubricVersion.id"));
        await w.Recruiter.Ok("openEngagement", new { engagementId = secondId }, "engagement { id }");
        await w.Recruiter.Ok("activateEngagement", new { engagementId = secondId }, "engagement { id }");

        var secondAssignment = (await w.ClientAdmin.Ok("inviteInterviewer", new { engagementId = secondId, interviewerId = w.InterviewerId }, "assignment { id }")).Str("assignment.id")!;
        var declined = (await w.Interviewer.Ok("declineAssignment", new { assignmentId = secondAssignment }, "assignment { id status respondedAt }")).At("assignment");
        Assert.Equal((secondAssignment, "DECLINED", now), (declined.Str("id"), declined.Str("status"), declined.Instant("respondedAt")));
        var declinedList = (await w.ClientAdmin.Query("""
            query($e: ID!) { assignments(where: { engagementId: { eq: $e }, status: { eq: DECLINED } }) { totalCount nodes { id status interviewer { id } } } }
            """, new { e = secondId })).At("assignments");
        Assert.Equal(1, declinedList.Number("totalCount"));
        Assert.Equal((secondAssignment, w.InterviewerId), (declinedList.Str("nodes.0.id"), declinedList.Str("nodes.0.interviewer.id")));
        // Invited again, the same assignment is accepted this time.
        Assert.Equal(secondAssignment, (await w.ClientAdmin.Ok("inviteInterviewer", new { engagementId = secondId, interviewerId = w.InterviewerId }, "assignment { id }"))
            .Str("assignment.id"));
        await w.Interviewer.Ok("acceptAssignment", new { assignmentId = secondAssignment }, "assignment { id }");
        return (new EngagementRefs(engagementId, assignmentId), new EngagementRefs(secondId, secondAssignment));
    }

    private static void AssertTerms(System.Text.Json.JsonElement e, string status, string versionId, string skillId, DateTimeOffset now)
    {
        Assert.Equal(("Payments backend", "Payments backend: the technical round.", "REQ-2000", status),
            (e.Str("title"), e.Str("brief"), e.Str("atsJobId"), e.Str("status")));
        Assert.Equal(("PER_INTERVIEW", "EUR", 2000m), (e.Str("pricing.model"), e.Str("pricing.currency"), e.Dec("pricing.budgetCap")));
        Assert.Equal((5, 24, 20), (e.Number("serviceLevel.scheduleWithinDays"), e.Number("serviceLevel.feedbackWithinHours"), e.Number("weeklyCapacity")));
        Assert.Equal((now.AddDays(-1), now.AddDays(90)), (e.Instant("startsAt"), e.Instant("endsAt")));
        Assert.True(e.IsNull("closedAt"));
        Assert.Equal(["de", "en"], e.At("requiredLanguages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal((skillId, 3), (Assert.Single(e.At("requiredSkills").EnumerateArray()).Str("skill.id"), e.Number("requiredSkills.0.minLevel")));
        Assert.Equal((versionId, 1), (e.Str("rubricVersion.id"), e.Number("rubricVersion.number")));
    }

    /// <summary>One input out of two anonymous objects (or dictionaries), e.g. the ids and the terms.</summary>
    private static Dictionary<string, object?> Merge(object ids, object terms)
    {
        var merged = new Dictionary<string, object?>();
        foreach (var part in new[] { ids, terms })
        {
            var values = part as IDictionary<string, object?>
                ?? part.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(part));
            foreach (var (name, value) in values)
            {
                merged[name] = value;
            }
        }

        return merged;
    }
}
