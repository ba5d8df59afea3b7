using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;
using static Panelist.Domain.Compliance.FactorAnswer;

namespace Panelist.Domain.Tests.Compliance;

public sealed class ClassificationLedgerTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RecordClassification_supersedes_the_current_record_keeps_the_history_and_updates_the_summary(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var id = await world.RegisterApplicantAsync();
        ClassificationRecord first, second;
        await using (var scope = world.AsPlatform())
        {
            var service = scope.Get<ClassificationService>();
            first = ResultAssert.Succeeds(await service.RecordAsync(id, "us-ca", ClassificationTest.CaliforniaAbc,
                ClassificationRulesTests.Answers(ClassificationTest.CaliforniaAbc, Independent, ("b.outsideUsualBusiness", Controlled)), "Interviewing is our business."));
            world.Clock.Advance(TimeSpan.FromDays(1));
            second = ResultAssert.Succeeds(await service.RecordAsync(id, "US-CA", ClassificationTest.CaliforniaAbc,
                ClassificationRulesTests.Answers(ClassificationTest.CaliforniaAbc, Independent), null));
        }

        Assert.Equal((ClassificationOutcome.Employee, ClassificationType.Employee), (first.Outcome, first.Classification));
        Assert.Equal((ClassificationOutcome.Contractor, ClassificationType.IndependentContractor), (second.Outcome, second.Classification));
        await using var read = world.AsPlatform();
        var records = await read.Db.ClassificationRecords.AsNoTracking().Where(r => r.InterviewerId == id).OrderBy(r => r.DecidedAt).ToListAsync();
        Assert.Equal([first.Id, second.Id], records.Select(r => r.Id));
        Assert.Equal((world.Now, (Guid?)second.Id), (records[0].SupersededAt, records[0].SupersededById));
        Assert.Null(records[1].SupersededAt);
        Assert.Equal("SYSTEM:test", records[1].DecidedBy);
        Assert.Equal("Seen in the signed contract, clause 4.", records[0].Factors[1].Evidence);
        var interviewer = await read.Db.Interviewers.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal((ClassificationType.IndependentContractor, "US-CA"), (interviewer.Classification, interviewer.ClassificationJurisdiction));
        var audit = await world.AuditEntriesAsync(Organization.PlatformId);
        Assert.Equal(2, audit.Count(e => e.Action == "interviewer.classification_recorded" && e.SubjectId == id.ToString()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_test_that_needs_review_takes_the_interviewer_out_of_matching_with_the_reason(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var other = await world.AddInterviewerAsync();
        await using (var scope = world.AsPlatform())
        {
            ResultAssert.Succeeds(await scope.Get<ClassificationService>().RecordAsync(other, "GB", ClassificationTest.IrsCommonLaw,
                ClassificationRulesTests.Answers(ClassificationTest.IrsCommonLaw, Independent, ("behavioral.training", Controlled)), null));
        }

        await using var recruiter = world.AsRecruiter();
        var error = ResultAssert.Refuses(await recruiter.Get<AssignmentService>().InviteAsync(world.EngagementId, other, null), ErrorCodes.InterviewerNotCompliant);

        Assert.Equal("The interviewer's classification in GB needs review.", error.Message);
        Assert.Equal("interviewerId", error.Field);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RecordClassification_returns_CLASSIFICATION_TEST_NOT_APPLICABLE_for_the_IRS_test_in_California_and_stores_nothing(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(await scope.Get<ClassificationService>().RecordAsync(world.InterviewerId, "US-CA", ClassificationTest.IrsCommonLaw,
            ClassificationRulesTests.Answers(ClassificationTest.IrsCommonLaw, Independent), null), ErrorCodes.ClassificationTestNotApplicable);

        Assert.Equal("test", error.Field);
        Assert.False(await scope.Db.ClassificationRecords.AnyAsync(r => r.Jurisdiction == "US-CA"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_migration_turns_each_existing_classification_into_a_declared_record_that_keeps_the_summary(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using (var scope = world.AsPlatform())
        {
            var migrator = scope.Db.GetService<IMigrator>();
            var migrations = scope.Db.Database.GetMigrations().ToList();
            var ledger = migrations.FindIndex(m => m.EndsWith("_ComplianceLedger", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[ledger - 1]);
            await migrator.MigrateAsync(migrations[^1]);
        }

        await using var read = world.AsPlatform();
        var record = await read.Db.ClassificationRecords.AsNoTracking().SingleAsync(r => r.InterviewerId == world.InterviewerId);
        Assert.Equal((ClassificationTest.Declared, ClassificationOutcome.NeedsReview, (ClassificationType?)ClassificationType.IndependentContractor, "GB"),
            (record.Test, record.Outcome, record.Classification, record.Jurisdiction));
        Assert.Equal("SYSTEM:migration", record.DecidedBy);
        Assert.Empty(record.Factors);
        var interviewer = await read.Db.Interviewers.Include(i => i.Certifications).AsNoTracking().SingleAsync(i => i.Id == world.InterviewerId);
        interviewer.EnsureAssignable(world.RubricId, world.Now);
    }
}
