using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Rubrics;

/// <summary>Rubrics are the client's: isolated by organization, copied from platform templates, on a scale of 2 to 10 levels.</summary>
public sealed class RubricOwnershipApiTests
{
    private static readonly string[] Four = ["Misses it", "Partly there", "Solid", "Exceptional"];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_organization_cannot_read_a_rubric_by_node_nodes_or_connection_nor_pin_it_in_an_engagement(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var acme = await FlowApi.CreateOrganizationAsync(database, "Acme Rubrics");
        var globex = await FlowApi.CreateOrganizationAsync(database, "Globex Rubrics");
        await using var api = new PanelistApiFactory(database);
        using var acmeAdmin = api.ClientAs(Role.ClientAdmin, acme);
        using var acmeRecruiter = api.ClientAs(Role.Recruiter, acme);
        using var globexAdmin = api.ClientAs(Role.ClientAdmin, globex);
        using var globexRecruiter = api.ClientAs(Role.Recruiter, globex);
        var (rubricId, versionId) = await PublishedRubricAsync(acmeAdmin, "Acme secret criteria");

        var own = (await acmeRecruiter.Query("query($id: ID!) { node(id: $id) { ... on Rubric { name isTemplate } } rubrics { nodes { id } } }", new { id = rubricId }));
        Assert.Equal(("Acme secret criteria", false), (own.Str("node.name"), own.At("node.isTemplate").GetBoolean()));
        Assert.Equal([rubricId], own.At("rubrics.nodes").Each("id"));

        foreach (var client in new[] { globexAdmin, globexRecruiter })
        {
            // As for any id that does not exist: null with NOT_FOUND.
            var response = await client.PostAsync("""
                query($ids: [ID!]!, $rubric: ID!, $version: ID!) {
                  node(id: $rubric) { id } version: node(id: $version) { id } nodes(ids: $ids) { id } rubrics { totalCount nodes { id } }
                }
                """, new { ids = new[] { rubricId, versionId }, rubric = rubricId, version = versionId });
            Assert.Contains("NOT_FOUND", response.Body, StringComparison.Ordinal);
            var other = response.Data;
            Assert.True(other.IsNull("node"));
            Assert.True(other.IsNull("version"));
            Assert.All(other.At("nodes").EnumerateArray(), n => Assert.Equal(System.Text.Json.JsonValueKind.Null, n.ValueKind));
            Assert.Equal(0, other.Number("rubrics.totalCount"));
        }

        var refused = await globexAdmin.Refused("createEngagement", Terms(versionId), "engagement");
        FlowApi.AssertUserError(refused, "NOT_FOUND", "input", "rubricVersionId");
        await acmeAdmin.Ok("createEngagement", Terms(versionId), "engagement { id rubricVersion { id } }");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_template_is_read_by_every_client_copied_into_one_as_a_published_rubric_and_pinned_only_as_the_copy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var acme = await FlowApi.CreateOrganizationAsync(database, "Acme Templates");
        var globex = await FlowApi.CreateOrganizationAsync(database, "Globex Templates");
        await using var api = new PanelistApiFactory(database);
        using var platform = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var acmeAdmin = api.ClientAs(Role.ClientAdmin, acme);
        using var acmeRecruiter = api.ClientAs(Role.Recruiter, acme);
        using var globexAnalyst = api.ClientAs(Role.Analyst, globex);
        var (templateId, templateVersion) = await PublishedRubricAsync(platform, "Backend template", levels: 5);

        Assert.Equal([templateId], (await globexAnalyst.Query("{ rubricTemplates { nodes { id isTemplate } } }")).At("rubricTemplates.nodes").Each("id"));
        Assert.Equal("Backend template", (await acmeRecruiter.Query("query($id: ID!) { node(id: $id) { ... on Rubric { name } } }", new { id = templateId })).Str("node.name"));
        FlowApi.AssertUserError(await acmeAdmin.Refused("createEngagement", Terms(templateVersion), "engagement"), "RUBRIC_NOT_IN_ORGANIZATION", "input", "rubricVersionId");
        Assert.Contains("FORBIDDEN", (await acmeRecruiter.PostAsync("mutation($t: ID!) { copyRubricTemplate(input: { templateId: $t }) { rubric { id } errors { code } } }", new { t = templateId })).Body,
            StringComparison.Ordinal);
        var editTemplate = await acmeAdmin.Refused("editRubricDraft", new { versionId = templateVersion, passThreshold = 2m, criteria = Criteria(5) }, "version");
        Assert.Equal("FORBIDDEN", editTemplate.GetProperty("code").GetString());

        var copy = (await acmeAdmin.Ok("copyRubricTemplate", new { templateId, name = "Acme backend" },
            "rubric { id name isTemplate copiedFrom { id } versions { id number status scale { levels anchors { level label } } criteria { anchors } } }")).At("rubric");
        Assert.Equal(("Acme backend", false, templateVersion), (copy.Str("name"), copy.At("isTemplate").GetBoolean(), copy.Str("copiedFrom.id")));
        Assert.Equal((1, "PUBLISHED", 5), (copy.Number("versions.0.number"), copy.Str("versions.0.status"), copy.Number("versions.0.scale.levels")));
        Assert.Equal(["1", "2", "3", "4", "5"], copy.At("versions.0.scale.anchors").Each("label"));
        await acmeAdmin.Ok("createEngagement", Terms(copy.Str("versions.0.id")!), "engagement { id }");
        Assert.Equal([copy.Str("id")], (await acmeRecruiter.Query("{ rubrics { nodes { id } } }")).At("rubrics.nodes").Each("id"));
        Assert.Equal(0, (await globexAnalyst.Query("{ rubrics { totalCount } }")).Number("rubrics.totalCount"));
        FlowApi.AssertUserError(await acmeAdmin.Refused("copyRubricTemplate", new { templateId = copy.Str("id") }, "rubric"), "RUBRIC_NOT_TEMPLATE", "input", "templateId");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scale_of_2_or_10_levels_is_accepted_and_1_or_11_levels_or_a_wrong_number_of_anchors_is_RUBRIC_SCALE_INVALID(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var acme = await FlowApi.CreateOrganizationAsync(database, "Acme Scales");
        await using var api = new PanelistApiFactory(database);
        using var admin = api.ClientAs(Role.ClientAdmin, acme);

        foreach (var levels in new[] { 2, 10 })
        {
            var (_, versionId) = await PublishedRubricAsync(admin, $"Scale {levels}", levels);
            var read = (await admin.Query("query($id: ID!) { node(id: $id) { ... on RubricVersion { scale { levels anchors { level } } } } }", new { id = versionId })).At("node.scale");
            Assert.Equal(levels, read.Number("levels"));
            Assert.Equal(Enumerable.Range(1, levels), read.At("anchors").EnumerateArray().Select(a => a.GetProperty("level").GetInt32()));
        }

        foreach (var (levels, anchors, field) in new[] { (1, 1, "levels"), (11, 11, "levels"), (5, 4, "anchors") })
        {
            var refused = await admin.Refused("createRubric", RubricInput($"Bad {levels}", levels, anchors), "rubric");
            FlowApi.AssertUserError(refused, "RUBRIC_SCALE_INVALID", "input", "scale", field);
        }

        // Criterion anchors follow the scale too: five criterion anchors on the default four-level scale.
        var mismatch = await admin.Refused("createRubric", new { name = "Five on four", roleFamily = "engineering", passThreshold = 2m, criteria = Criteria(5) }, "rubric");
        Assert.Equal("RUBRIC_CRITERIA_INVALID", mismatch.GetProperty("code").GetString());
    }

    private static async Task<(string RubricId, string VersionId)> PublishedRubricAsync(GraphQLClient keeper, string name, int? levels = null)
    {
        var rubric = (await keeper.Ok("createRubric", RubricInput(name, levels ?? 4, levels ?? 4, scale: levels is not null), "rubric { id versions { id } }")).At("rubric");
        var versionId = rubric.Str("versions.0.id")!;
        await keeper.Ok("publishRubricVersion", new { versionId }, "version { id }");
        return (rubric.Str("id")!, versionId);
    }

    private static object RubricInput(string name, int levels, int anchors, bool scale = true) => scale
        ? new
        {
            name, roleFamily = "engineering", passThreshold = 2m, criteria = Criteria(levels),
            scale = new { levels, anchors = Enumerable.Range(1, anchors).Select(l => new { label = $"{l}", description = $"Level {l}" }).ToArray() },
        }
        : new { name, roleFamily = "engineering", passThreshold = 2m, criteria = Criteria(levels) };

    private static object[] Criteria(int levels) =>
        [new { key = "overall", title = "Overall", weight = 1m, anchors = levels == 4 ? Four : Enumerable.Range(1, levels).Select(l => $"Anchor {l}").ToArray() }];

    private static object Terms(string rubricVersionId) => new
    {
        rubricVersionId,
        title = "Rubric ownership",
        pricing = new { model = "PER_INTERVIEW", currency = "USD", budgetCap = 1_000m },
        serviceLevel = new { scheduleWithinDays = 5, feedbackWithinHours = 48 },
        weeklyCapacity = 5,
        startsAt = DateTimeOffset.UtcNow.ToString("O"),
    };
}
