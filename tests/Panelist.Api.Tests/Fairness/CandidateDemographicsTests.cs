using System.Net;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.CandidatePages;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Tests.Candidates;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Fairness;

/// <summary>
/// Candidates' voluntary demographics: given on the candidate page (plain HTML, no script), imported by a client admin,
/// sealed at rest, gone after erasure, never readable per candidate through GraphQL, and live in <c>adverseImpactUpdated</c>.
/// </summary>
public sealed class CandidateDemographicsTests
{
    private const string Import = "mutation($input: ImportCandidateDemographicsInput!) { importCandidateDemographics(input: $input) { import { imported replaced } errors { code path } } }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_candidate_page_offers_a_voluntary_form_without_script_and_a_post_records_the_answer_audited_without_its_values(DatabaseProvider provider)
    {
        await using var world = await CandidateWorld.CreateAsync(provider);
        Assert.True(GlobalId.TryDecodeAs(world.InterviewId, "Interview", out var interviewId));
        var (token, _) = world.Api.Services.GetRequiredService<CandidateLinks>().Issue(world.Acme, interviewId);
        using var browser = world.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri($"/c/{token}", UriKind.Relative)));
        var form = page[page.IndexOf("<section aria-labelledby=\"about-you\">", StringComparison.Ordinal)..];
        form = form[..(form.IndexOf("</section>", StringComparison.Ordinal) + 10)];
        Assert.Contains("About you (voluntary)", form, StringComparison.Ordinal);
        Assert.Contains("entirely voluntary", form, StringComparison.Ordinal);
        Assert.Contains($"action=\"/c/{token}/demographics\"", form, StringComparison.Ordinal);
        Assert.Contains("<legend>Sex</legend>", form, StringComparison.Ordinal);
        Assert.Contains("<legend>Race/ethnicity</legend>", form, StringComparison.Ordinal);
        // Every option is a labelled radio; none is required or preselected; no script anywhere.
        Assert.Equal(3 + 8, form.Split("type=\"radio\"").Length - 1);
        Assert.Contains("<input type=\"radio\" id=\"sex-female\" name=\"sex\" value=\"FEMALE\"><label for=\"sex-female\">Female</label>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("required", form, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", form, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        using var sent = await browser.PostAsync(new Uri($"/c/{token}/demographics", UriKind.Relative), new FormUrlEncodedContent([new("sex", "FEMALE")]));
        using var bad = await browser.PostAsync(new Uri($"/c/{token}/demographics", UriKind.Relative), new FormUrlEncodedContent([new("sex", "ROBOT")]));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.EndsWith("?sent=demographics", sent.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("role=\"alert\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var thanked = WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri(sent.Headers.Location.ToString(), UriKind.Relative)));
        Assert.Contains("Your answers were saved.", thanked, StringComparison.Ordinal);
        Assert.Contains("You have answered already", WebUtility.HtmlDecode(await browser.GetStringAsync(new Uri($"/c/{token}", UriKind.Relative))), StringComparison.Ordinal);
        // Sealed at rest: the row holds a ciphertext, never the answer; the trail says an answer came, not what it was.
        Assert.DoesNotContain(await RawTables.FindAsync(world.Database, "FEMALE"), hit => !hit.StartsWith("__", StringComparison.Ordinal));
        var trail = await world.As(Role.Auditor).PostAsync("""{ auditEntries(first: 20, where: { action: { eq: "candidate.demographics_recorded" } }) { nodes { subjectType summary } } }""");
        var entry = Assert.Single(trail.Data.GetProperty("auditEntries").GetProperty("nodes").EnumerateArray());
        Assert.Equal("Candidate", entry.GetProperty("subjectType").GetString());
        Assert.DoesNotContain("FEMALE", entry.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("SELF_IDENTIFIED", entry.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Erasing_the_candidate_leaves_no_demographics_and_no_key_to_open_them(DatabaseProvider provider)
    {
        await using var world = await CandidateWorld.CreateAsync(provider);
        Assert.True(GlobalId.TryDecodeAs(world.CandidateId, "Candidate", out var candidateId));
        var imported = await world.As(Role.ClientAdmin).PostAsync(Import, new { input = new { rows = new[] { new { candidateId = world.CandidateId, sex = "MALE", raceEthnicity = "ASIAN" } } } });
        Assert.Equal(1, imported.Data.GetProperty("importCandidateDemographics").GetProperty("import").GetProperty("imported").GetInt32());
        Assert.Equal(1, await CountAsync(world.Database, candidateId));

        var erased = await world.As(Role.ClientAdmin).PostAsync("mutation($id: ID!) { eraseCandidate(input: { candidateId: $id }) { errors { code } } }", new { id = world.CandidateId });

        Assert.Empty(erased.PayloadErrors("eraseCandidate"));
        Assert.Equal(0, await CountAsync(world.Database, candidateId));
        await using (var scope = world.Database.AsSystem(Organization.PlatformId))
        {
            Assert.Equal(0, await scope.Db.CandidateDemographics.IgnoreQueryFilters().CountAsync());
            Assert.False(await scope.Db.CandidateKeys.IgnoreQueryFilters().AnyAsync(k => k.CandidateId == candidateId));
        }

        var again = await world.As(Role.ClientAdmin).PostAsync(Import, new { input = new { rows = new[] { new { candidateId = world.CandidateId, sex = "MALE", raceEthnicity = (string?)null } } } });
        Assert.Equal(["CANDIDATE_ERASED"], again.PayloadErrors("importCandidateDemographics"));
    }

    [Fact]
    public async Task Only_admins_import_a_foreign_candidate_is_refused_whole_and_no_GraphQL_type_returns_one_candidates_answer()
    {
        await using var world = await CandidateWorld.CreateAsync(DatabaseProvider.Sqlite);
        var input = new { input = new { rows = new[] { new { candidateId = world.CandidateId, sex = "FEMALE", raceEthnicity = "WHITE" } } } };
        foreach (var role in new[] { Role.Recruiter, Role.Analyst, Role.Auditor })
        {
            Assert.Equal(["FORBIDDEN"], (await world.As(role).PostAsync(Import, input)).PayloadErrors("importCandidateDemographics"));
        }

        var other = await FlowApi.CreateOrganizationAsync(world.Database, "Other Corp");
        using var foreignAdmin = world.Api.ClientAs(Role.ClientAdmin, other);
        Assert.Equal(["NOT_FOUND"], (await foreignAdmin.PostAsync(Import, input)).PayloadErrors("importCandidateDemographics"));
        Assert.Equal(0, await CountAsync(world.Database, null));

        // Sex and race/ethnicity appear only inside the aggregate category type, never on a candidate, interview or any Node.
        var schema = world.Api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var holders = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => t.Fields.Any(f => f.ResolvedType!.GetNamedType().Name is "Sex" or "RaceEthnicity")).Select(t => t.Name).ToList();
        Assert.Equal(["AdverseImpactCategory"], holders);
        Assert.DoesNotContain(schema.AllTypes.OfType<IObjectGraphType>().Single(t => t.Name == "Candidate").Fields, f => f.Name.Contains("demograph", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AdverseImpactUpdated_sends_the_report_then_a_new_one_equal_to_the_query_when_demographics_change()
    {
        await using var world = await FairnessWorld.CreateAsync(DatabaseProvider.Sqlite);
        const string Fields = "assessed raceEthnicity { assessed notProvided categories { category assessed selected impactRatio } }";
        await using var socket = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Auditor, world.Acme));
        await socket.SubscribeAsync("f", $"subscription($s: AdverseImpactScopeInput!) {{ adverseImpactUpdated(scope: $s) {{ {Fields} }} }}", new { s = FairnessWorld.Window });
        var first = Report(await socket.ReceiveForAsync("f"));
        var (selected, notSelected) = await world.SingleDecisionCandidatesAsync();

        await world.ImportAsync([.. selected.Take(6).Select(c => (c, (string?)null, (string?)"WHITE")), .. notSelected.Take(6).Select(c => (c, (string?)null, (string?)"ASIAN"))]);

        var next = Report(await socket.ReceiveForAsync("f", TimeSpan.FromSeconds(3)));
        using var analyst = world.As(Role.Analyst);
        var query = await FairnessWorld.ReportAsync(analyst, FairnessWorld.Window, Fields);
        Assert.Equal(0, first.Number("raceEthnicity.assessed"));
        Assert.Equal(12, next.Number("raceEthnicity.assessed"));
        Assert.Equal(query.GetRawText(), next.GetRawText());

        await using var refused = await GraphQLSocket.ConnectAsAsync(world.Api, world.Api.TokenFor(Role.Recruiter, world.Acme));
        await refused.SubscribeAsync("r", "subscription { adverseImpactUpdated(scope: {}) { assessed } }");
        var answer = await refused.ReceiveForAsync("r");
        Assert.Equal("error", answer?.GetProperty("type").GetString());
        Assert.Contains("FORBIDDEN", answer!.Value.GetRawText(), StringComparison.Ordinal);
    }

    private static JsonElement Report(JsonElement? message)
    {
        Assert.Equal("next", message?.GetProperty("type").GetString());
        return message!.Value.GetProperty("payload").GetProperty("data").GetProperty("adverseImpactUpdated");
    }

    private static async Task<int> CountAsync(TestDatabase database, Guid? candidateId)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        return await scope.Db.CandidateDemographics.IgnoreQueryFilters().CountAsync(d => candidateId == null || d.CandidateId == candidateId);
    }
}
