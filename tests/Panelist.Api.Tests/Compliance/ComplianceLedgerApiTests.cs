using Panelist.Domain.Candidates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Skills;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using static Panelist.Api.GraphQL.Relay.GlobalId;

namespace Panelist.Api.Tests.Compliance;

/// <summary>
/// The ledger over real HTTP on a FakeTimeProvider: interviewer X works for Acme, Y for Globex, both
/// under contracts that end 20 days after the arrangement starts (19 and a bit once it is done). Tokens are issued before the clock moves (they are checked
/// against the real time).
/// </summary>
public sealed class ComplianceLedgerApiTests
{
    private static readonly string[] AbcFactors = ["a.freeFromControl", "b.outsideUsualBusiness", "c.independentTrade"];

    private const string Warnings = "query($days: Int) { complianceWarnings(withinDays: $days) { kind daysLeft interviewer { id } } }";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Platform_admins_manage_the_ledger_client_admins_see_only_their_interviewers_status_and_interviewers_their_own(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        using var platform = world.Api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var acmeAdmin = world.Api.ClientAs(Role.ClientAdmin, world.Acme);
        using var globexAdmin = world.Api.ClientAs(Role.ClientAdmin, world.Globex);
        using var acmeRecruiter = world.Api.ClientAs(Role.Recruiter, world.Acme);
        using var x = world.Api.ClientAs(Role.Interviewer, null, world.X);
        using var y = world.Api.ClientAs(Role.Interviewer, null, world.Y);
        var input = new
        {
            interviewerId = Encode("Interviewer", world.X),
            jurisdiction = "US-CA",
            test = "CALIFORNIA_ABC",
            factors = AbcFactors.Select(k => new { key = k, answer = "INDEPENDENT", evidence = (string?)null, documentUrl = (string?)"https://docs.example.com/abc.pdf" }),
        };

        var recorded = await platform.Ok("recordClassification", input, "classification { id outcome classification test factors { key answer documentUrl } }");
        var refused = await acmeAdmin.Refused("recordClassification", input, "classification");

        Assert.Equal(("CONTRACTOR", "INDEPENDENT_CONTRACTOR"), (recorded.Str("classification.outcome"), recorded.Str("classification.classification")));
        Assert.Equal("FORBIDDEN", refused.Str("code"));
        const string Ledger = "query($id: ID!) { interviewer(id: $id) { classificationRecords { outcome test current } } }";
        var own = await x.Query(Ledger, new { id = Encode("Interviewer", world.X) });
        Assert.Equal(["CONTRACTOR", "NEEDS_REVIEW"], own.At("interviewer.classificationRecords").Each("outcome"));
        Assert.Contains("FORBIDDEN", (await y.PostAsync(Ledger, new { id = Encode("Interviewer", world.X) })).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await acmeAdmin.PostAsync(Ledger, new { id = Encode("Interviewer", world.X) })).ErrorCodes);

        var acme = (await acmeAdmin.Query(Warnings, new { days = 30 })).At("complianceWarnings");
        var globex = (await globexAdmin.Query(Warnings, new { days = 30 })).At("complianceWarnings");
        Assert.All(acme.EnumerateArray(), w => Assert.Equal(Encode("Interviewer", world.X), w.Str("interviewer.id")));
        Assert.Contains(acme.EnumerateArray(), w => w.Str("kind") == "CONTRACT_EXPIRING" && w.Number("daysLeft") == 19);
        Assert.All(globex.EnumerateArray(), w => Assert.Equal(Encode("Interviewer", world.Y), w.Str("interviewer.id")));
        Assert.NotEmpty(globex.EnumerateArray());
        Assert.Contains("FORBIDDEN", (await acmeRecruiter.PostAsync(Warnings, new { days = 30 })).ErrorCodes);

        const string Status = "query($id: ID!) { interviewer(id: $id) { complianceStatus { compliant reason warnings { kind } } } }";
        Assert.True((await acmeAdmin.Query(Status, new { id = Encode("Interviewer", world.X) })).At("interviewer.complianceStatus.compliant").GetBoolean());
        Assert.True((await globexAdmin.Query(Status, new { id = Encode("Interviewer", world.X) })).IsNull("interviewer.complianceStatus"));

        world.Clock.Advance(TimeSpan.FromDays(21));
        var lapsed = (await acmeAdmin.Query(Status, new { id = Encode("Interviewer", world.X) })).At("interviewer.complianceStatus");
        Assert.False(lapsed.At("compliant").GetBoolean());
        Assert.StartsWith("The interviewer's contract expired at", lapsed.Str("reason"), StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Payout_statements_move_pending_approved_paid_and_an_unpaid_one_shows_as_overdue_after_30_days(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        using var platform = world.Api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var acmeAdmin = world.Api.ClientAs(Role.ClientAdmin, world.Acme);
        using var x = world.Api.ClientAs(Role.Interviewer, null, world.X);
        using var y = world.Api.ClientAs(Role.Interviewer, null, world.Y);
        var created = await platform.Ok("createPayoutStatement", new
        {
            interviewerId = Encode("Interviewer", world.X),
            periodStart = world.Start.AddDays(-1).ToString("O"),
            periodEnd = world.Start.AddDays(1).ToString("O"),
            currency = "USD",
        }, "statement { id amount interviewCount status daysToPay overdue }");
        var id = created.Str("statement.id");

        Assert.Equal((150m, 1, "PENDING", false), (created.Dec("statement.amount"), created.Number("statement.interviewCount"), created.Str("statement.status"),
            created.At("statement.overdue").GetBoolean()));
        const string Mine = "{ payoutStatements { totalCount } }";
        Assert.Equal(1, (await x.Query(Mine)).Number("payoutStatements.totalCount"));
        Assert.Equal(0, (await y.Query(Mine)).Number("payoutStatements.totalCount"));
        Assert.Contains("FORBIDDEN", (await acmeAdmin.PostAsync(Mine)).ErrorCodes);
        Assert.Equal("INVALID_TRANSITION", (await platform.Refused("markPayoutStatementPaid", new { statementId = id }, "statement")).Str("code"));
        await platform.Ok("approvePayoutStatement", new { statementId = id }, "statement { status }");

        world.Clock.Advance(TimeSpan.FromDays(31));
        const string Overdue = "{ overduePayoutStatements { nodes { id overdue daysToPay } } }";
        var overdue = (await platform.Query(Overdue)).At("overduePayoutStatements.nodes");
        Assert.Equal([id], overdue.Each("id"));
        Assert.Equal(31, overdue.Number("0.daysToPay"));
        var paid = await platform.Ok("markPayoutStatementPaid", new { statementId = id, paymentReference = "SEPA-42" }, "statement { status paidOnTime overdue }");
        Assert.Equal(("PAID", false, false), (paid.Str("statement.status"), paid.At("statement.paidOnTime").GetBoolean(), paid.At("statement.overdue").GetBoolean()));
        Assert.Equal(0, (await platform.Query(Overdue)).At("overduePayoutStatements.nodes").GetArrayLength());
    }

    /// <summary>Arranged through the domain services on the fake clock, then the real API on the same clock.</summary>
    private sealed class World : IAsyncDisposable
    {
        private World(TestDatabase database, FakeTimeProvider clock)
        {
            Database = database;
            Clock = clock;
            Start = clock.GetUtcNow().UtcDateTime;
            Api = new PanelistApiFactory(database) { TestServices = s => s.AddSingleton<TimeProvider>(clock) };
        }

        public TestDatabase Database { get; }

        public FakeTimeProvider Clock { get; }

        public DateTime Start { get; }

        public PanelistApiFactory Api { get; }

        public Guid Acme { get; private set; }

        public Guid Globex { get; private set; }

        public Guid X { get; private set; }

        public Guid Y { get; private set; }

        public static async Task<World> CreateAsync(DatabaseProvider provider)
        {
            // Two hours back, so that once X's interview is held the clock stands at the real time again.
            var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddHours(-2));
            var world = new World(await TestDatabase.CreateAsync(provider, clock), clock);
            await world.ArrangeAsync();
            return world;
        }

        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await Database.DisposeAsync();
        }

        private async Task ArrangeAsync()
        {
            var now = Clock.GetUtcNow().UtcDateTime;
            Acme = await FlowApi.CreateOrganizationAsync(Database, "Acme Compliance");
            Globex = await FlowApi.CreateOrganizationAsync(Database, "Globex Compliance");
            Guid skill;
            await using (var platform = Database.AsSystem(Organization.PlatformId))
            {
                skill = (await platform.Get<SkillService>().CreateAsync($"ledger-{Guid.NewGuid():N}"[..20], "Ledgers", "Misc")).Unwrap().Id;
            }

            // Each client pins its own rubric.
            var (acmeRubric, acmeVersion) = await RubricAsync(Acme);
            var (globexRubric, globexVersion) = await RubricAsync(Globex);
            X = await InterviewerAsync("x", skill, acmeRubric, now);
            Y = await InterviewerAsync("y", skill, globexRubric, now);
            var assignment = await EngagedAsync(Acme, X, skill, acmeVersion, now);
            await EngagedAsync(Globex, Y, skill, globexVersion, now);
            Guid interview;
            await using (var acme = Database.AsSystem(Acme))
            {
                var interviews = acme.Get<InterviewService>();
                interview = (await interviews.RequestAsync(await EngagementOf(acme.Db, assignment), new CandidateDetails("Lena Ledger", "lena@example.com", null, null))).Unwrap().Id;
                (await interviews.ScheduleAsync(interview, assignment, now.AddHours(1), now.AddHours(2))).Unwrap();
            }

            Clock.Advance(TimeSpan.FromHours(2));
            await using (var acme = Database.AsSystem(Acme))
            {
                (await acme.Get<InterviewService>().CompleteAsync(interview)).Unwrap();
            }
        }

        private static async Task<Guid> EngagementOf(PanelistDbContext db, Guid assignmentId) =>
            (await db.Assignments.FindAsync(assignmentId))!.EngagementId;

        private async Task<(Guid Rubric, Guid Version)> RubricAsync(Guid organizationId)
        {
            await using var owner = Database.AsSystem(organizationId);
            var created = (await owner.Get<RubricService>().CreateAsync("Ledger rubric", "engineering", null,
                [new RubricCriterion("overall", "Overall", "", 1m, ["Misses it", "Partly there", "Solid", "Exceptional"])], 2m)).Unwrap();
            return (created.Id, (await owner.Get<RubricService>().PublishAsync(created.Versions[0].Id)).Unwrap().Id);
        }

        private async Task<Guid> InterviewerAsync(string name, Guid skill, Guid rubric, DateTime now)
        {
            await using var platform = Database.AsSystem(Organization.PlatformId);
            var service = platform.Get<InterviewerService>();
            var id = (await service.RegisterAsync(new InterviewerProfile($"Ledger {name}", $"ledger.{name}.{Guid.NewGuid():N}@example.com", null, "GB", "Europe/London"),
                new RateCard("USD", 100m, 150m))).Unwrap().Id;
            (await service.SetSkillAsync(id, skill, 4, 5)).Unwrap();
            (await service.SetLanguageAsync(id, "en", LanguageLevel.Professional)).Unwrap();
            (await service.ClassifyAsync(id, ClassificationType.IndependentContractor, "GB")).Unwrap();
            (await service.RecordContractAsync(id, now.AddDays(-30), now.AddDays(20), now.AddDays(-30))).Unwrap();
            (await service.CertifyAsync(id, rubric, now.AddDays(-10), now.AddDays(365))).Unwrap();
            (await service.ChangeStatusAsync(id, InterviewerStatus.Onboarding)).Unwrap();
            (await service.ChangeStatusAsync(id, InterviewerStatus.Active)).Unwrap();
            return id;
        }

        private async Task<Guid> EngagedAsync(Guid organizationId, Guid interviewerId, Guid skill, Guid version, DateTime now)
        {
            await using var client = Database.AsSystem(organizationId);
            var engagements = client.Get<EngagementService>();
            var details = new EngagementDetails("Ledger team", null, null, new Pricing(PricingModel.PerInterview, "USD", 1_000m), new ServiceLevel(5, 48), 5,
                now.AddDays(-1), now.AddDays(90), ["en"], [new RequiredSkill(skill, 3)]);
            var engagement = (await engagements.CreateAsync(version, details)).Unwrap().Id;
            (await engagements.OpenAsync(engagement)).Unwrap();
            (await engagements.ActivateAsync(engagement)).Unwrap();
            var assignments = client.Get<AssignmentService>();
            var assignment = (await assignments.InviteAsync(engagement, interviewerId, null)).Unwrap().Id;
            (await assignments.AcceptAsync(assignment)).Unwrap();
            return assignment;
        }
    }
}
