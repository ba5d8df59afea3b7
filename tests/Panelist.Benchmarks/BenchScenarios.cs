using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;

namespace Panelist.Benchmarks;

/// <summary>The comparison's scenarios: three reads of a recruiter, an analyst's metrics, and a recruiter's booking.</summary>
internal static class BenchScenarios
{
    public const string ScheduleMutation = "mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { "
        + "interview { id status scheduledStart scheduledEnd cost } errors { code message } } }";

    public static string Token(Guid organization, Role role) =>
        new TokenIssuer(Options.Create(new AuthOptions { SigningKey = ApiProcess.SigningKey }), TimeProvider.System)
            .Issue("bench:" + role.ToString().ToLowerInvariant(), role, organization, "acme", null);

    public static IReadOnlyList<Scenario> All(BenchParameters p, Booking booking)
    {
        var recruiter = Token(p.Organization, Role.Recruiter);
        var analyst = Token(p.Organization, Role.Analyst);
        return
        [
            new("interviewer search page with skills",
                "query($slug: String!) { interviewers(first: 20, where: { skill: { slug: $slug, minLevel: 3 }, status: { eq: ACTIVE } }, order: [{ hourlyRate: ASC }]) { nodes { id name countryCode timeZone rateCard { currency hourlyRate } skills { level skill { slug name } } } } }",
                new { slug = p.Slug }, "/twin/interviewers", recruiter, QueryPlans.InterviewerSearch(p)),
            new("engagement with its interviews and scorecards",
                "query($id: ID!) { engagement(id: $id) { id title status interviews(first: 50) { nodes { id status requestedAt scheduledStart cost scorecard { weightedScore recommendation } } } } }",
                new { id = GlobalId.Encode("Engagement", p.Engagement) }, "/twin/engagement", recruiter, QueryPlans.EngagementInterviews(p)),
            new("nodes lookup of 100 ids",
                "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Interview { status cost currency } } }",
                new { ids = p.Interviews.Select(i => GlobalId.Encode("Interview", i)).ToArray() }, "/twin/nodes", recruiter, QueryPlans.Nodes(p)),
            new("analyst metrics of an engagement", TwinMetrics.Query,
                new { scope = new { engagement = GlobalId.Encode("Engagement", p.Engagement), from = p.MetricsTo.AddDays(-30), to = p.MetricsTo } },
                "/twin/metrics", analyst, QueryPlans.Metrics(p)),
            new("scheduleInterview (rebook the same slot)", ScheduleMutation, ScheduleInput(booking), "/twin/schedule", recruiter, QueryPlans.Overlap(booking)),
        ];
    }

    /// <summary>The first booking the domain accepts (the generated data does not promise every interviewer is certified and within budget).</summary>
    public static async Task<Booking> FirstBookableAsync(HttpClient http, string graphqlUrl, BenchParameters p)
    {
        var token = Token(p.Organization, Role.Recruiter);
        foreach (var booking in p.Bookings)
        {
            var body = JsonSerializer.Serialize(new { query = ScheduleMutation, variables = ScheduleInput(booking) });
            using var response = await http.SendAsync(LoadGenerator.Json(graphqlUrl, body, token));
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            if (answer?["data"]?["scheduleInterview"]?["errors"] is JsonArray { Count: 0 })
            {
                return booking;
            }
        }

        throw new InvalidOperationException("No scheduled interview of acme could be booked again; the data set offers no booking to measure.");
    }

    private static object ScheduleInput(Booking b) => new
    {
        input = new
        {
            interviewId = GlobalId.Encode("Interview", b.Interview),
            assignmentId = GlobalId.Encode("Assignment", b.Assignment),
            scheduledStart = new DateTimeOffset(b.Start, TimeSpan.Zero),
            scheduledEnd = new DateTimeOffset(b.End, TimeSpan.Zero),
        },
    };
}
