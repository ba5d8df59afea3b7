using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Auth;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Plugins.Sdk.Events;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Api.Tests.Engagements;

/// <summary>
/// An engagement's ATS stage references over GraphQL: set by createEngagement, replaced by editEngagement, read on
/// Engagement, checked for length, and handed to connectors with the events, which name the staff person who acted.
/// </summary>
public sealed class EngagementAtsReferenceTests
{
    private static readonly JsonSerializerOptions SdkJson = new(JsonSerializerDefaults.Web);

    private const string Fields = "engagement { id atsJobId atsStageId atsInterviewTypeId atsHiringPlanInterviewId }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Stage_references_round_trip_through_GraphQL_and_reach_the_connector_with_the_staff_actor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organizationId, versionId) = await ArrangeAsync(database);
        await using var api = new PanelistApiFactory(database);
        var token = api.Services.GetRequiredService<TokenIssuer>()
            .Issue("oidc|pat", Role.ClientAdmin, organizationId, null, null, "Pat Staff", "pat@acme.example");
        using var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var admin = new GraphQLClient(http);

        var created = await admin.Ok("createEngagement", Terms(versionId, null, new { atsStageId = "stage-1", atsInterviewTypeId = "type-1", atsHiringPlanInterviewId = "plan-1" }), Fields);
        var engagementId = created.Str("engagement.id")!;
        var edited = await admin.Ok("editEngagement", Terms(null, engagementId, new { atsStageId = "stage-2", atsInterviewTypeId = (string?)null, atsHiringPlanInterviewId = "plan-2" }), Fields);
        var read = await admin.Query("query($id: ID!) { node(id: $id) { ... on Engagement { atsJobId atsStageId atsInterviewTypeId atsHiringPlanInterviewId } } }", new { id = engagementId });
        var tooLong = await admin.Refused("editEngagement", Terms(null, engagementId, new { atsStageId = new string('s', 101) }), "engagement");
        await admin.Ok("closeEngagement", new { engagementId, reason = "Filled elsewhere" }, "engagement { status }");

        Assert.Equal(("job-9", "stage-1", "type-1", "plan-1"), Refs(created.At("engagement")));
        Assert.Equal(("job-9", "stage-2", null, "plan-2"), Refs(edited.At("engagement")));
        Assert.Equal(("job-9", "stage-2", null, "plan-2"), Refs(read.At("node")));
        Assert.Equal("VALIDATION_FAILED", tooLong.Str("code"));
        Assert.Equal("atsStageId", tooLong.At("path").EnumerateArray().Last().GetString());
        await using var scope = database.AsSystem(organizationId);
        var payload = Assert.Single(await scope.Db.Deliveries.AsNoTracking().Select(d => d.PayloadJson).ToListAsync());
        var closed = Assert.IsType<EngagementClosed>(JsonSerializer.Deserialize<SdkEvent>(payload, SdkJson));
        Assert.Equal(new AtsReferences { JobId = "job-9", StageId = "stage-2", HiringPlanInterviewId = "plan-2" }, closed.Ats);
        Assert.Equal(new Plugins.Sdk.Events.Actor { Kind = ActorKind.Staff, Email = "pat@acme.example" }, closed.Actor);
    }

    /// <summary>createEngagement's (with a rubric version) or editEngagement's (with an engagement id) input, with the given ATS ids.</summary>
    private static Dictionary<string, object?> Terms(string? versionId, string? engagementId, object ats)
    {
        var now = DateTimeOffset.UtcNow;
        var input = new Dictionary<string, object?>
        {
            ["title"] = "Platform engineers",
            ["atsJobId"] = "job-9",
            ["pricing"] = new { model = "PER_INTERVIEW", currency = "EUR", budgetCap = 1000m },
            ["serviceLevel"] = new { scheduleWithinDays = 5, feedbackWithinHours = 24 },
            ["weeklyCapacity"] = 5,
            ["startsAt"] = now,
            ["endsAt"] = now.AddDays(60),
        };
        input[versionId is null ? "engagementId" : "rubricVersionId"] = versionId ?? engagementId;
        foreach (var property in ats.GetType().GetProperties())
        {
            input[property.Name] = property.GetValue(ats);
        }

        return input;
    }

    private static (string?, string?, string?, string?) Refs(JsonElement engagement) =>
        (engagement.Str("atsJobId"), engagement.Str("atsStageId"), engagement.Str("atsInterviewTypeId"), engagement.Str("atsHiringPlanInterviewId"));

    /// <summary>A published rubric version and a client organization with a connector that wants engagement.closed.</summary>
    private static async Task<(Guid OrganizationId, string VersionId)> ArrangeAsync(TestDatabase database)
    {
        var organization = new Organization($"ats-{Guid.NewGuid():N}"[..20], "ATS references");
        Guid versionId;
        await using (var platform = database.AsSystem(Organization.PlatformId))
        {
            platform.Db.Organizations.Add(organization);
            await platform.Db.SaveChangesAsync();
        }

        await using (var owner = database.AsSystem(organization.Id))
        {
            string[] anchors = ["Misses it", "Partly there", "Solid", "Exceptional"];
            var rubric = (await owner.Get<RubricService>().CreateAsync("Platform engineer", "Engineering", null,
                [new RubricCriterion("design", "Design", "Designs systems.", 1m, anchors)], 2.5m)).Unwrap();
            versionId = (await owner.Get<RubricService>().PublishAsync(rubric.Versions[0].Id)).Unwrap().Id;
        }

        await using (var scope = database.AsSystem(organization.Id))
        {
            scope.Db.ConnectorInstallations.Add(new ConnectorInstallation(organization.Id, "greenhouse", "Greenhouse", "{}", "", [IntegrationEventTypes.EngagementClosed]));
            await scope.Db.SaveChangesAsync();
        }

        return (organization.Id, Panelist.Api.GraphQL.Relay.GlobalId.Encode("RubricVersion", versionId));
    }
}
