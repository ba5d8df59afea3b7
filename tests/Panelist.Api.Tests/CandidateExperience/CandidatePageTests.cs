using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.CandidatePages;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.CandidateExperience;

/// <summary>
/// The candidate page over real HTTP, anonymous: what a link shows, what it refuses, and its two forms. The link is
/// the only authority, so the form posts carry no antiforgery token and no cookie.
/// </summary>
public sealed class CandidatePageTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_page_shows_the_brand_the_time_in_the_candidates_zone_and_first_names_only(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        await world.ClientAdmin.Ok("setOrganizationBranding", new { displayName = "Acme Careers", logoUrl = "https://cdn.acme.example/logo.png",
            primaryColor = "#1a4d8f", accentColor = "#8A1C7C" }, "organization { branding { primaryColor } }");
        var interviewId = await world.ScheduledAsync(TimeSpan.FromDays(2), "Ada King Lovelace");
        await world.Recruiter.Ok("setCandidatePageDetails", new { interviewId, joinUrl = "https://meet.example/ada", candidateTimeZone = "Asia/Tokyo",
            candidateLanguage = "de" }, "interview { joinUrl }");

        var (status, html) = await GetAsync(world, await LinkAsync(world, interviewId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("--primary:#1A4D8F;--accent:#8A1C7C", html, StringComparison.Ordinal);
        Assert.Contains("Acme Careers", html, StringComparison.Ordinal);
        Assert.Contains("Hallo Ada,", html, StringComparison.Ordinal);
        Assert.Contains("Asia/Tokyo (UTC+09:00)", html, StringComparison.Ordinal);
        Assert.Contains("https://meet.example/ada", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Fiona</strong> – Staff engineer, distributed systems", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Flow", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@candidates.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var start = (await world.Recruiter.Query("query($id: ID!) { interview(id: $id) { scheduledStart } }", new { id = interviewId })).Instant("interview.scheduledStart");
        Assert.Contains($"datetime=\"{start.ToOffset(TimeSpan.FromHours(9)):yyyy-MM-dd'T'HH:mm}+09:00\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_expired_link_gets_a_410_page_and_a_tampered_one_a_404_page_with_no_detail(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        var interviewId = await world.ScheduledAsync(TimeSpan.FromDays(2));
        var link = await LinkAsync(world, interviewId);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        var (notOurs, notOursHtml) = await GetAsync(world, link.Replace(token, tampered, StringComparison.Ordinal));
        var (garbage, _) = await GetAsync(world, "/c/not-a-token");
        world.Clock.Advance(TimeSpan.FromDays(31));
        var (expired, expiredHtml) = await GetAsync(world, link);
        using var post = await world.Api.CreateClient().PostAsync(new Uri(link + "/reschedule", UriKind.Relative),
            new FormUrlEncodedContent([new("message", "Any other day")]));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Gone, HttpStatusCode.Gone), (notOurs, garbage, expired, post.StatusCode));
        Assert.Contains("This link is not valid", notOursHtml, StringComparison.Ordinal);
        Assert.Contains("This link has expired", expiredHtml, StringComparison.Ordinal);
        foreach (var page in new[] { notOursHtml, expiredHtml })
        {
            Assert.DoesNotContain("Acme", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
        }

        await using var scope = world.Database.AsSystem(world.OrganizationId);
        Assert.Equal(0, await scope.Db.RescheduleRequests.CountAsync());
    }

    [Fact]
    public async Task A_link_made_for_another_organization_does_not_open_this_organizations_interview()
    {
        await using var world = await ExperienceWorld.CreateAsync(DatabaseProvider.Sqlite);
        var interviewId = ExperienceWorld.Key(await world.ScheduledAsync(TimeSpan.FromDays(2)));
        var other = await FlowApi.CreateOrganizationAsync(world.Database, "Other Corp");
        var (token, _) = world.Api.Services.GetRequiredService<CandidateLinks>().Issue(other, interviewId);

        var (status, html) = await GetAsync(world, $"/c/{token}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Ada", html, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Feedback_posted_from_the_page_becomes_the_interviews_candidate_feedback_once(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        var interviewId = await world.CompletedAsync();
        var link = await LinkAsync(world, interviewId);
        // No cookie, no antiforgery field, a foreign Origin: the token in the address is what authorizes the post.
        using var browser = world.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new HttpRequestMessage(HttpMethod.Post, link + "/feedback")
        {
            Content = new FormUrlEncodedContent([new("score", "9"), new("comment", "Friendly and well prepared.")]),
        };
        form.Headers.Add("Origin", "https://elsewhere.example");

        using var first = await browser.SendAsync(form);
        using var again = await browser.PostAsync(new Uri(link + "/feedback", UriKind.Relative), new FormUrlEncodedContent([new("score", "2"), new("comment", "Changed my mind")]));
        using var outOfRange = await browser.PostAsync(new Uri(link + "/feedback", UriKind.Relative), new FormUrlEncodedContent([new("score", "11")]));

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.EndsWith("?sent=feedback", first.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("role=\"alert\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        var feedback = (await world.Recruiter.Query("query($id: ID!) { interview(id: $id) { candidateFeedback { score comment } } }", new { id = interviewId }))
            .At("interview.candidateFeedback");
        Assert.Equal((9, "Friendly and well prepared."), (feedback.Number("score"), feedback.Str("comment")));
        var seen = (await world.Interviewer.Query("{ viewer { interviewer { candidateFeedback { score comment } } } }")).At("viewer.interviewer.candidateFeedback");
        Assert.Equal((9, "Friendly and well prepared."), (seen[0].Number("score"), seen[0].Str("comment")));
        var (_, thanked) = await GetAsync(world, first.Headers.Location!.ToString());
        Assert.Contains("Thank you for your feedback.", thanked, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"score\"", thanked, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_reschedule_request_from_the_page_is_recorded_audited_and_shown_to_staff(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        var interviewId = await world.ScheduledAsync(TimeSpan.FromDays(2));
        var link = await LinkAsync(world, interviewId);
        using var browser = world.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var sent = await browser.PostAsync(new Uri(link + "/reschedule", UriKind.Relative), new FormUrlEncodedContent([new("message", "Thursday afternoon suits me better.")]));
        using var empty = await browser.PostAsync(new Uri(link + "/reschedule", UriKind.Relative), new FormUrlEncodedContent([new("message", " ")]));

        Assert.Equal((HttpStatusCode.SeeOther, HttpStatusCode.BadRequest), (sent.StatusCode, empty.StatusCode));
        var requests = (await world.Recruiter.Query("query($id: ID!) { interview(id: $id) { rescheduleRequests { message } } }", new { id = interviewId }))
            .At("interview.rescheduleRequests");
        Assert.Equal(["Thursday afternoon suits me better."], requests.Each("message"));
        var trail = await world.ClientAdmin.Query("{ auditEntries(first: 100) { nodes { action actorId } } }");
        Assert.Contains(trail.At("auditEntries.nodes").EnumerateArray(),
            e => e.Str("action") == "interview.reschedule_requested" && e.Str("actorId") == "candidate-page");
    }

    private static async Task<string> LinkAsync(ExperienceWorld world, string interviewId)
    {
        var data = await world.Recruiter.Query("query($id: ID!) { candidatePageLink(interviewId: $id) { url expiresAt } }", new { id = interviewId });
        var url = new Uri(data.Str("candidatePageLink.url")!);
        Assert.StartsWith("/c/", url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(ExperienceWorld.Key(interviewId).ToString("N"), url.ToString(), StringComparison.OrdinalIgnoreCase);
        return url.PathAndQuery;
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(ExperienceWorld world, string path)
    {
        using var client = world.Api.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        // Decoded as a browser shows it: the encoder writes '+' and non-ASCII letters as character references.
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
