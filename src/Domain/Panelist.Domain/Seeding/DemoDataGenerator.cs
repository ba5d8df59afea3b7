using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Panelist.Domain.Audits;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Seeding;

/// <summary>
/// Builds a realistic, reproducible world through the domain's own constructors and methods (so every
/// generated row obeys the rules): organizations, skills, rubrics, interviewers, engagements,
/// assignments, interviews in every status, scorecards and candidate feedback.
/// </summary>
public sealed partial class DemoDataGenerator
{
    private readonly DbContextOptions<PanelistDbContext> _options;
    private readonly SeedOptions _seed;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly Faker _faker;
    private readonly DeterministicIds _ids;
    private readonly FixedTimeProvider _time;
    private readonly PersonalDataKeyRing _keys;

    /// <param name="keys">The key ring the API reads candidates with: seeded candidates are encrypted like any other.</param>
    public DemoDataGenerator(DbContextOptions<PanelistDbContext> options, PersonalDataKeyRing keys, SeedOptions seed, ILogger logger)
    {
        _options = options;
        _keys = keys;
        _seed = seed;
        _logger = logger;
        _random = new Random(seed.Seed);
        _faker = new Faker("en") { Random = new Randomizer(seed.Seed) };
        _ids = new DeterministicIds(_random, seed.Anchor);
        _time = new FixedTimeProvider(seed.Anchor);
    }

    /// <summary>True when the demo organization already exists: seeding runs once per database.</summary>
    public static Task<bool> IsSeededAsync(PanelistDbContext db, CancellationToken ct) =>
        db.Organizations.AnyAsync(o => o.Slug == DemoCatalog.Organizations[0].Slug, ct);

    public async Task<SeedReport> GenerateAsync(CancellationToken ct)
    {
        var organizations = DemoCatalog.Organizations.Select(o => new Organization(o.Slug, o.Name, id: _ids.Next())).ToList();
        var skills = DemoCatalog.Skills.Select(s => new Skill(s.Slug, s.Name, s.Category, _ids.Next())).ToList();
        var templates = CreateTemplates();
        // Each client owns a copy of every template: its engagements pin its own rubrics.
        var rubrics = organizations.ToDictionary(o => o.Id, o => templates.Select(t => Rubric.CopyOf(t, t.Versions[0], o.Id, null, _seed.Anchor.AddDays(-290), _ids.Next(), _ids.Next())).ToList());
        await using (var db = Context(Organization.PlatformId))
        {
            db.Organizations.AddRange(organizations);
            db.Skills.AddRange(skills);
            db.Rubrics.AddRange(templates);
            db.Rubrics.AddRange(rubrics.Values.SelectMany(r => r));
            await db.SaveChangesAsync(ct);
        }

        var interviewers = await CreateInterviewersAsync(skills, templates, rubrics, ct);
        var report = new SeedReport
        {
            Organizations = organizations.Count, Skills = skills.Count, Rubrics = templates.Count + rubrics.Values.Sum(r => r.Count), Interviewers = interviewers.Count,
        };
        var interviewsLeft = _seed.Interviews;
        for (var o = 0; o < organizations.Count; o++)
        {
            var share = o == organizations.Count - 1 ? interviewsLeft : _seed.Interviews / organizations.Count;
            interviewsLeft -= share;
            await SeedOrganizationAsync(organizations[o], DemoCatalog.Organizations[o].Currency, skills, rubrics[organizations[o].Id], interviewers, share, report, ct);
        }

        return report;
    }

    private PanelistDbContext Context(Guid organizationId)
    {
        var request = new RequestContext(Actor.System("demo-seed"), organizationId, "demo-seed");
        var db = new PanelistDbContext(_options).Use(request, _time);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    /// <summary>The platform's template library: one template per catalog rubric.</summary>
    private List<Rubric> CreateTemplates() => [.. DemoCatalog.Rubrics.Select(r =>
    {
        var rubric = new Rubric(null, r.Name, r.RoleFamily, $"Structured interview rubric for {r.Name.ToLowerInvariant()} roles.", _ids.Next());
        rubric.AddDraft(DemoCatalog.CriteriaFor(r.Criteria), 2.5m, _ids.Next()).Publish(_seed.Anchor.AddDays(-300));
        return rubric;
    })];

    private async Task<List<Interviewer>> CreateInterviewersAsync(List<Skill> skills, List<Rubric> templates, Dictionary<Guid, List<Rubric>> rubrics, CancellationToken ct)
    {
        var all = new List<Interviewer>(_seed.Interviewers);
        var batch = new List<Interviewer>();
        for (var n = 0; n < _seed.Interviewers; n++)
        {
            var place = DemoCatalog.Places[n % DemoCatalog.Places.Length];
            var first = _faker.Name.FirstName();
            var last = _faker.Name.LastName();
            var hourly = decimal.Round(40m + (decimal)(_random.NextDouble() * 160), 2);
            var interviewer = new Interviewer(
                new InterviewerProfile($"{first} {last}", $"{first}.{last}.{n}@interviewers.example".ToLowerInvariant(),
                    $"{_faker.Name.JobTitle()} · {_random.Next(4, 25)} years", place.Country, place.TimeZone),
                new RateCard(place.Currency, hourly, decimal.Round(hourly * 1.25m, 2)),
                _ids.Next());
            foreach (var skill in _faker.PickRandom(skills, _random.Next(2, 6)))
            {
                interviewer.SetSkill(skill.Id, _random.Next(1, 6), _random.Next(1, 20));
            }

            foreach (var language in place.Languages.Take(_random.Next(1, place.Languages.Length + 1)))
            {
                interviewer.SetLanguage(language, language == place.Languages[0] ? LanguageLevel.Native : LanguageLevel.Professional);
            }

            Onboard(interviewer, templates, rubrics, n);
            all.Add(interviewer);
            batch.Add(interviewer);
            if (batch.Count >= _seed.BatchSize)
            {
                await SaveInterviewersAsync(batch, ct);
            }
        }

        await SaveInterviewersAsync(batch, ct);
        return all;
    }

    /// <summary>Most interviewers are Active (classified, contracted, certified); the rest are spread over the lifecycle.</summary>
    private void Onboard(Interviewer interviewer, List<Rubric> templates, Dictionary<Guid, List<Rubric>> rubrics, int n)
    {
        var anchor = _seed.Anchor;
        var roll = n % 100;
        if (roll < 5)
        {
            return;
        }

        interviewer.TransitionTo(InterviewerStatus.Onboarding, anchor);
        if (roll < 13)
        {
            return;
        }

        interviewer.Classify(roll % 7 == 0 ? ClassificationType.Agency : ClassificationType.IndependentContractor, interviewer.CountryCode);
        interviewer.RecordContract(anchor.AddDays(-400 + (n % 90)), anchor.AddDays(365 + (n % 200)), anchor.AddDays(-400 + (n % 90)));
        // Certified on a few role families, i.e. on every client's rubric copied from those templates.
        foreach (var template in _faker.PickRandom(templates, 1 + (n % 3)))
        {
            foreach (var owned in rubrics.Values.SelectMany(r => r).Where(r => r.CopiedFromVersionId == template.Versions[0].Id))
            {
                interviewer.Certify(owned.Id, anchor.AddDays(-350), anchor.AddDays(400));
            }
        }

        interviewer.TransitionTo(InterviewerStatus.Active, anchor);
        if (roll >= 93)
        {
            interviewer.TransitionTo(roll >= 98 ? InterviewerStatus.Offboarded : InterviewerStatus.Suspended, anchor);
        }
    }

    private async Task SaveInterviewersAsync(List<Interviewer> batch, CancellationToken ct)
    {
        await using var db = Context(Organization.PlatformId);
        db.Interviewers.AddRange(batch);
        await db.SaveChangesAsync(ct);
        batch.Clear();
    }
}
