using System.Buffers.Text;
using System.Text;
using System.Text.RegularExpressions;
using Panelist.Domain.Audits;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Audits;

/// <summary>Summaries are for auditors: enum values as the API spells them, ids as the API hands them out.</summary>
public sealed partial class AuditSummaryTests
{
    [Fact]
    public async Task Status_change_summary_spells_the_statuses_as_the_API_does()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using (var scope = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await scope.Get<EngagementService>().PauseAsync(world.EngagementId));
        }

        var entry = (await world.AuditEntriesAsync(world.OrganizationId))[^1];

        Assert.Equal(("engagement.status_changed", """{"from":"ACTIVE","to":"PAUSED"}"""), (entry.Action, entry.Summary));
    }

    [Fact]
    public async Task Scorecard_summary_spells_the_recommendation_and_names_the_interview_by_its_global_id()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));

        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(4, 4, Recommendation.StrongYes)));

        var entry = (await world.AuditEntriesAsync(world.OrganizationId))[^1];
        Assert.Equal("scorecard.submitted", entry.Action);
        Assert.Contains("\"recommendation\":\"STRONG_YES\"", entry.Summary, StringComparison.Ordinal);
        Assert.Contains($"\"interviewId\":\"{GlobalId("Interview", interviewId)}\"", entry.Summary, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task No_summary_of_a_whole_flow_holds_a_bare_uuid_or_an_enum_number_and_the_chains_verify(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, 2, Recommendation.Yes)));
        await using (var scope = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await scope.Get<CandidateFeedbackService>().RecordAsync(interviewId, 9, "Friendly"));
            var engagements = scope.Get<EngagementService>();
            ResultAssert.Succeeds(await engagements.PauseAsync(world.EngagementId));
            ResultAssert.Succeeds(await engagements.EditAsync(world.EngagementId, world.Details(model: PricingModel.PerInterview)));
        }

        await using (var platform = world.AsPlatform())
        {
            var interviewers = platform.Get<InterviewerService>();
            ResultAssert.Succeeds(await interviewers.SetLanguageAsync(world.InterviewerId, "de", LanguageLevel.Professional));
            ResultAssert.Succeeds(await interviewers.SetSkillAsync(world.InterviewerId, world.SecondarySkillId, 3, 2));
            ResultAssert.Succeeds(await interviewers.ChangeStatusAsync(world.InterviewerId, InterviewerStatus.Suspended));
        }

        var language = (await world.AuditEntriesAsync(Organization.PlatformId)).Last(e => e.Action == "interviewer.language_set");
        Assert.Equal("""{"code":"de","level":"PROFESSIONAL"}""", language.Summary);
        foreach (var organization in new[] { world.OrganizationId, Organization.PlatformId })
        {
            var entries = await world.AuditEntriesAsync(organization);
            Assert.All(entries, e =>
            {
                Assert.DoesNotMatch(BareUuid(), e.Summary);
                Assert.DoesNotMatch(EnumNumber(), e.Summary);
            });
            await using var scope = world.AsPlatform();
            Assert.True((await scope.Get<AuditVerifier>().VerifyAsync(organization)).IsValid);
        }
    }

    private static string GlobalId(string typeName, Guid id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex BareUuid();

    /// <summary>Keys whose values are enums in the domain; a digit there means the raw number leaked.</summary>
    [GeneratedRegex("\"(from|to|status|recommendation|type|model)\":[0-9]")]
    private static partial Regex EnumNumber();
}
