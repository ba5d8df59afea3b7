using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Notifications;

/// <summary>Notifications on each provider: what scheduling queues, in whose zone and language, and what preferences and templates change.</summary>
public sealed class NotificationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Scheduling_queues_an_email_whose_calendar_entry_is_in_the_interviewers_zone_and_language(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using (var interviewer = world.AsInterviewer())
        {
            ResultAssert.Succeeds(await interviewer.Get<NotificationSettingsService>().SetProfileAsync(null, null, "Asia/Tokyo", "de"));
        }

        var start = DomainWorld.Day(2, 10);
        var interviewId = await world.ScheduleInterviewAsync(start);

        var mail = await QueuedAsync(world, NotificationEventKind.Scheduled);
        Assert.Equal("de", mail.Language);
        Assert.StartsWith("Interview geplant:", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("19:00", mail.Body, StringComparison.Ordinal);
        var entry = Assert.Single(Calendar.Load(mail.Calendar!)!.Events);
        Assert.Equal("Asia/Tokyo", entry.Start!.TzId);
        Assert.Equal(new DateTime(start.Year, start.Month, start.Day, 19, 0, 0), entry.Start.Value);
        Assert.Equal($"interview-{interviewId:N}@panelist", entry.Uid);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Cancelling_sends_a_cancellation_of_the_same_calendar_entry(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(3));
        await using (var recruiter = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await recruiter.Get<InterviewService>().CancelAsync(interviewId, "Role filled"));
        }

        var mail = await QueuedAsync(world, NotificationEventKind.Cancelled);
        var calendar = Calendar.Load(mail.Calendar!)!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal($"interview-{interviewId:N}@panelist", Assert.Single(calendar.Events).Uid);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_channel_turned_off_gets_nothing_while_the_others_still_do(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using (var interviewer = world.AsInterviewer())
        {
            ResultAssert.Succeeds(await interviewer.Get<NotificationSettingsService>()
                .SetPreferenceAsync(NotificationEventKind.Scheduled, NotificationChannel.Email, false));
        }

        await world.ScheduleInterviewAsync(DomainWorld.Day(2));

        await using var scope = world.AsPlatform();
        var key = Recipient.Interviewer(world.InterviewerId).Key;
        Assert.False(await scope.Db.NotificationDeliveries.IgnoreQueryFilters().AnyAsync(d => d.RecipientKey == key && d.EventKind == NotificationEventKind.Scheduled));
        Assert.True(await scope.Db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.RecipientKey == key && n.EventKind == NotificationEventKind.Scheduled));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_organizations_template_in_the_recipients_language_replaces_the_default(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using (var admin = world.AsClientAdmin())
        {
            ResultAssert.Succeeds(await admin.Get<NotificationSettingsService>().SetTemplateAsync(NotificationEventKind.Scheduled, "en",
                "Acme interview with {{ recipient.name }}", "See you at {{ interview.start }}."));
            ResultAssert.Refuses(await admin.Get<NotificationSettingsService>().SetTemplateAsync(NotificationEventKind.Scheduled, "fr",
                "{% if %}", "x"), ErrorCodes.NotificationTemplateInvalid);
        }

        await world.ScheduleInterviewAsync(DomainWorld.Day(2));

        var mail = await QueuedAsync(world, NotificationEventKind.Scheduled);
        Assert.Equal("Acme interview with Interviewer 1", mail.Subject);
    }

    private static async Task<NotificationDelivery> QueuedAsync(DomainWorld world, NotificationEventKind kind)
    {
        await using var scope = world.AsPlatform();
        var key = Recipient.Interviewer(world.InterviewerId).Key;
        return await scope.Db.NotificationDeliveries.IgnoreQueryFilters()
            .SingleAsync(d => d.RecipientKey == key && d.EventKind == kind && d.Channel == NotificationChannel.Email);
    }
}
