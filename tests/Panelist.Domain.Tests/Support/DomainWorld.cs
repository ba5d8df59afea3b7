using Panelist.Domain.Candidates;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Skills;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Support;

/// <summary>
/// A ready world on its own fresh database, arranged through the domain services: two skills, a
/// published rubric (design 0.6, coding 0.4, pass at 2.5), an Active, compliant interviewer certified
/// on it with a USD rate card, and the client "acme" with an Active per-interview engagement pinning
/// that version and the interviewer's accepted assignment. The clock stands still until a test moves it.
/// </summary>
public sealed class DomainWorld : IAsyncDisposable
{
    /// <summary>Monday 2030-01-07 08:00 UTC, so <see cref="Day"/> 0 to 6 fall in one ISO week.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 7, 8, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    public const string DesignKey = "design";
    public const string CodingKey = "coding";
    public const decimal PassThreshold = 2.5m;
    public const decimal CardHourlyRate = 120m;
    public const decimal CardPerInterviewRate = 150m;
    public const decimal DefaultBudgetCap = 1_000m;
    public const int DefaultWeeklyCapacity = 5;

    private static readonly string[] Anchors = ["Misses the basics", "Gets there with help", "Solid and independent", "Raises the bar"];
    private static readonly string[] EnglishOnly = ["en"];

    private ClientEngagement? _client;
    private int _interviewers;
    private int _candidates;

    private DomainWorld(TestDatabase database, TimeProvider time)
    {
        Database = database;
        Time = time;
    }

    public TestDatabase Database { get; }

    /// <summary>The clock every service of the world reads.</summary>
    public TimeProvider Time { get; }

    /// <summary>The world's own hand-moved clock; a world made with a clock of the test's is moved through that one.</summary>
    public MutableTimeProvider Clock => Time as MutableTimeProvider
        ?? throw new InvalidOperationException("This world runs on the clock its test gave it: move that clock.");

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    public Guid PrimarySkillId { get; private set; }

    public Guid SecondarySkillId { get; private set; }

    public Guid RubricId { get; private set; }

    public Guid RubricVersionId { get; private set; }

    public Guid InterviewerId { get; private set; }

    /// <summary>The client "acme": its organization, Active engagement and the interviewer's accepted assignment.</summary>
    public ClientEngagement Client => _client ?? throw new InvalidOperationException("The world is not arranged yet.");

    public Guid OrganizationId => Client.OrganizationId;

    public Guid EngagementId => Client.EngagementId;

    public Guid AssignmentId => Client.AssignmentId;

    /// <summary>A world on <paramref name="time"/> (e.g. a FakeTimeProvider set to <see cref="Start"/>), or on its own clock at <see cref="Start"/>.</summary>
    public static async Task<DomainWorld> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, TimeProvider? time = null)
    {
        var clock = time ?? new MutableTimeProvider(Start);
        var world = new DomainWorld(await TestDatabase.CreateAsync(provider, clock), clock);
        try
        {
            await world.ArrangeAsync();
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>An instant <paramref name="day"/> days after the Monday the world starts on.</summary>
    public static DateTime Day(int day, int hour = 10, int minute = 0) =>
        Start.UtcDateTime.Date.AddDays(day).AddHours(hour).AddMinutes(minute);

    public static List<RubricCriterion> Criteria(decimal designWeight = 0.6m, decimal codingWeight = 0.4m) =>
    [
        new(DesignKey, "System design", "Decomposes a system and weighs the trade-offs.", designWeight, Anchors),
        new(CodingKey, "Coding", "Writes correct, readable code.", codingWeight, Anchors),
    ];

    public static ScorecardContent Ratings(int design, int coding, Recommendation recommendation = Recommendation.Yes) =>
        new(
            [new CriterionRating(DesignKey, design, "Explained the trade-offs"), new CriterionRating(CodingKey, coding, "Tested the edge cases")],
            recommendation,
            "Clear communicator.");

    public static CandidateDetails NewCandidate(int number) =>
        new($"Candidate {number}", $"candidate{number}@example.com", $"ats-candidate-{number}", $"ats-application-{number}");

    public TestScope AsPlatform() => Database.AsSystem(Organization.PlatformId);

    public TestScope AsRecruiter(Guid? organizationId = null) =>
        Database.Scope(Actor.User("recruiter@client.test", Role.Recruiter), organizationId ?? OrganizationId);

    public TestScope AsClientAdmin(Guid? organizationId = null) =>
        Database.Scope(Actor.User("admin@client.test", Role.ClientAdmin), organizationId ?? OrganizationId);

    public TestScope AsInterviewer(Guid? interviewerId = null, Guid? organizationId = null) =>
        Database.Scope(Actor.ForInterviewer(interviewerId ?? InterviewerId), organizationId ?? OrganizationId);

    /// <summary>Terms for a new engagement: USD, pinned to the world's published version, one required skill.</summary>
    public EngagementDetails Details(
        PricingModel model = PricingModel.PerInterview,
        decimal budgetCap = DefaultBudgetCap,
        int weeklyCapacity = DefaultWeeklyCapacity,
        string currency = "USD") =>
        new(
            "Backend hiring",
            "Senior backend engineers for the payments team.",
            "job-42",
            new Pricing(model, currency, budgetCap),
            new ServiceLevel(5, 48),
            weeklyCapacity,
            Now,
            Now.AddDays(90),
            EnglishOnly,
            [new RequiredSkill(PrimarySkillId, 3)]);

    /// <summary>Registers an Applicant with a rate card only: not classified, no contract, no certification.</summary>
    public async Task<Guid> RegisterApplicantAsync(string currency = "USD")
    {
        var number = ++_interviewers;
        await using var scope = AsPlatform();
        var interviewer = (await scope.Get<InterviewerService>().RegisterAsync(
            new InterviewerProfile($"Interviewer {number}", $"interviewer{number}@example.com", "Staff engineer", "GB", "Europe/London"),
            new RateCard(currency, CardHourlyRate, CardPerInterviewRate))).Unwrap();
        return interviewer.Id;
    }

    /// <summary>Registers an interviewer and prepares them as <paramref name="setup"/> says (by default ready for client work).</summary>
    public async Task<Guid> AddInterviewerAsync(InterviewerSetup? setup = null)
    {
        setup ??= new InterviewerSetup();
        var id = await RegisterApplicantAsync(setup.Currency);
        var now = Now;
        await using var scope = AsPlatform();
        var service = scope.Get<InterviewerService>();
        (await service.SetSkillAsync(id, PrimarySkillId, 4, 8)).Unwrap();
        (await service.SetLanguageAsync(id, "en", LanguageLevel.Native)).Unwrap();
        (await service.ClassifyAsync(id, ClassificationType.IndependentContractor, "GB")).Unwrap();
        (await service.RecordContractAsync(id, now.AddDays(-30), now + setup.ContractLength, now.AddDays(-30))).Unwrap();
        if (setup.Certified)
        {
            (await service.CertifyAsync(id, RubricId, now.AddDays(-10), now + setup.CertificationLength)).Unwrap();
        }

        foreach (var status in PathTo(setup.Status))
        {
            (await service.ChangeStatusAsync(id, status)).Unwrap();
        }

        return id;
    }

    public async Task<Guid> AddOrganizationAsync(string slug, string name)
    {
        var organization = new Organization(slug, name);
        await using var scope = AsPlatform();
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }

    /// <summary>A new client organization with an Active engagement and the world's interviewer accepted on it.</summary>
    public async Task<ClientEngagement> AddClientAsync(string slug, string name)
    {
        var organizationId = await AddOrganizationAsync(slug, name);
        return await AddEngagementAsync(Details(), organizationId);
    }

    /// <summary>Another Active engagement (in acme unless told otherwise) with an interviewer accepted on it at the card rate.</summary>
    public async Task<ClientEngagement> AddEngagementAsync(EngagementDetails details, Guid? organizationId = null, Guid? interviewerId = null)
    {
        var organization = organizationId ?? OrganizationId;
        var engagementId = await AddActiveEngagementAsync(details, organization);
        var assignmentId = await AssignAsync(engagementId, interviewerId ?? InterviewerId, organization);
        return new ClientEngagement(organization, engagementId, assignmentId);
    }

    public async Task<Guid> AddActiveEngagementAsync(EngagementDetails details, Guid? organizationId = null)
    {
        await using var scope = AsRecruiter(organizationId);
        var engagements = scope.Get<EngagementService>();
        var id = (await engagements.CreateAsync(RubricVersionId, details)).Unwrap().Id;
        (await engagements.OpenAsync(id)).Unwrap();
        (await engagements.ActivateAsync(id)).Unwrap();
        return id;
    }

    /// <summary>A recruiter invites the interviewer at the card rate and the interviewer accepts.</summary>
    public async Task<Guid> AssignAsync(Guid engagementId, Guid interviewerId, Guid? organizationId = null)
    {
        var organization = organizationId ?? OrganizationId;
        Guid assignmentId;
        await using (var recruiter = AsRecruiter(organization))
        {
            assignmentId = (await recruiter.Get<AssignmentService>().InviteAsync(engagementId, interviewerId, null)).Unwrap().Id;
        }

        await using (var interviewer = AsInterviewer(interviewerId, organization))
        {
            (await interviewer.Get<AssignmentService>().AcceptAsync(assignmentId)).Unwrap();
        }

        return assignmentId;
    }

    public async Task<Guid> RequestInterviewAsync(ClientEngagement? client = null)
    {
        client ??= Client;
        await using var scope = AsRecruiter(client.OrganizationId);
        var interview = (await scope.Get<InterviewService>().RequestAsync(client.EngagementId, NewCandidate(++_candidates))).Unwrap();
        return interview.Id;
    }

    /// <summary>A recruiter books the interview with the client's assignment; one hour unless told otherwise.</summary>
    public async Task<Result<Interview>> TryScheduleAsync(Guid interviewId, DateTime start, TimeSpan? length = null, ClientEngagement? client = null)
    {
        client ??= Client;
        await using var scope = AsRecruiter(client.OrganizationId);
        return await scope.Get<InterviewService>().ScheduleAsync(interviewId, client.AssignmentId, start, start + (length ?? OneHour));
    }

    public async Task<Guid> ScheduleInterviewAsync(DateTime start, TimeSpan? length = null, ClientEngagement? client = null)
    {
        var interviewId = await RequestInterviewAsync(client);
        (await TryScheduleAsync(interviewId, start, length, client)).Unwrap();
        return interviewId;
    }

    /// <summary>Moves the clock to <paramref name="end"/> if it is not there yet, and records the interview as completed.</summary>
    public async Task CompleteAsync(Guid interviewId, DateTime end, Guid? organizationId = null)
    {
        if (Now < end)
        {
            Clock.SetUtcNow(end);
        }

        await using var scope = AsRecruiter(organizationId);
        (await scope.Get<InterviewService>().CompleteAsync(interviewId)).Unwrap();
    }

    /// <summary>Requests, schedules (one hour from <paramref name="start"/>) and completes an interview.</summary>
    public async Task<Guid> CompletedInterviewAsync(DateTime start, ClientEngagement? client = null)
    {
        client ??= Client;
        var interviewId = await ScheduleInterviewAsync(start, OneHour, client);
        await CompleteAsync(interviewId, start + OneHour, client.OrganizationId);
        return interviewId;
    }

    /// <summary>The world's interviewer submits a scorecard for the interview.</summary>
    public async Task<Result<Scorecard>> SubmitScorecardAsync(Guid interviewId, ScorecardContent content, ClientEngagement? client = null)
    {
        await using var scope = AsInterviewer(organizationId: (client ?? Client).OrganizationId);
        return await scope.Get<ScorecardService>().SubmitAsync(interviewId, content);
    }

    /// <summary>Entries in an organization's audit chain, read past the tenant filter.</summary>
    public async Task<List<AuditEntry>> AuditEntriesAsync(Guid organizationId)
    {
        await using var scope = AsPlatform();
        return await scope.Db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .OrderBy(e => e.Sequence)
            .ToListAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private async Task ArrangeAsync()
    {
        await using (var scope = AsPlatform())
        {
            var skills = scope.Get<SkillService>();
            PrimarySkillId = (await skills.CreateAsync("kotlin", "Kotlin", "Languages")).Unwrap().Id;
            SecondarySkillId = (await skills.CreateAsync("distributed-systems", "Distributed systems", "Architecture")).Unwrap().Id;
            var rubrics = scope.Get<RubricService>();
            var rubric = (await rubrics.CreateAsync("Backend engineer", "engineering", "Structured backend interview.", Criteria(), PassThreshold)).Unwrap();
            RubricId = rubric.Id;
            RubricVersionId = (await rubrics.PublishAsync(rubric.Versions[0].Id)).Unwrap().Id;
        }

        InterviewerId = await AddInterviewerAsync();
        _client = await AddClientAsync("acme", "Acme");
    }

    private static List<InterviewerStatus> PathTo(InterviewerStatus target) => target switch
    {
        InterviewerStatus.Applicant => [],
        InterviewerStatus.Onboarding => [InterviewerStatus.Onboarding],
        InterviewerStatus.Active => [InterviewerStatus.Onboarding, InterviewerStatus.Active],
        InterviewerStatus.Suspended => [InterviewerStatus.Onboarding, InterviewerStatus.Active, InterviewerStatus.Suspended],
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "The world prepares Applicant, Onboarding, Active or Suspended interviewers."),
    };
}
