using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Panelist.Api.Notifications;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Panelist.Api.Tests.Notifications;

/// <summary>
/// Outbound notifications end to end: preferences and profile set over GraphQL, a notification raised in a unit of work,
/// the dispatcher sending it to a real SMTP server in the test, or to a WireMock webhook that fails once.
/// </summary>
public sealed class NotificationDeliveryTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string SetProfile = "mutation($i: SetNotificationProfileInput!) { setNotificationProfile(input: $i) { errors { code } } }";
    private const string SetPreference = "mutation($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { errors { code } } }";

    [Fact]
    public async Task A_scheduled_interview_mails_the_interviewer_in_their_language_with_a_calendar_entry_in_their_zone()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var (interview, interviewer, organization) = await ScheduledAsync(world, 0);
        await using var smtp = new SmtpCatcher();
        await using var api = new PanelistApiFactory(world.Database, ("Notifications:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture)),
            ("Notifications:Smtp:Security", "None"));
        using (var client = api.ClientAs(Role.Interviewer, null, interviewer.Id))
        {
            await OkAsync(client, SetProfile, new { i = new { timeZone = "America/New_York", language = "de" } }, "setNotificationProfile");
        }

        await NotifyAsync(api, organization, interviewer.Id, interview.Id, interview.EngagementId);
        Assert.Equal(1, await api.Services.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync(default));

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(interviewer.Email, ((MailboxAddress)mail.To.Single()).Address);
        Assert.StartsWith("Interview geplant:", mail.Subject, StringComparison.Ordinal);
        Assert.Equal("de", mail.Body!.Headers[HeaderId.ContentLanguage]);
        var ics = (MimePart)mail.Attachments.Single();
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        var entry = Assert.Single(Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!.Events);
        Assert.Equal("America/New_York", entry.Start!.TzId);
        var expected = TimeZoneInfo.ConvertTimeFromUtc(interview.ScheduledStart!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(expected, entry.Start.Value);
        // The VTIMEZONE carries the zone's rules, not only its name.
        var zone = Assert.Single(entry.Calendar!.TimeZones);
        Assert.Equal("America/New_York", zone.TzId);
        Assert.Contains(zone.Children, c => c.Name is "STANDARD");
        Assert.Contains(zone.Children, c => c.Name is "DAYLIGHT");
    }

    [Fact]
    public async Task A_recipient_whose_language_has_no_template_reads_english_throughout()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var (interview, interviewer, organization) = await ScheduledAsync(world, 2);
        await using var smtp = new SmtpCatcher();
        await using var api = new PanelistApiFactory(world.Database, ("Notifications:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture)),
            ("Notifications:Smtp:Security", "None"));
        using (var client = api.ClientAs(Role.Interviewer, null, interviewer.Id))
        {
            await OkAsync(client, SetProfile, new { i = new { timeZone = "Asia/Jerusalem", language = "he" } }, "setNotificationProfile");
        }

        await NotifyAsync(api, organization, interviewer.Id, interview.Id, interview.EngagementId);
        Assert.Equal(1, await api.Services.GetRequiredService<NotificationDispatcher>().DispatchOnceAsync(default));

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("en", mail.Body!.Headers[HeaderId.ContentLanguage]);
        var local = TimeZoneInfo.ConvertTimeFromUtc(interview.ScheduledStart!.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jerusalem"));
        Assert.Equal($"Interview scheduled: {local.ToString("f", CultureInfo.GetCultureInfo("en"))}", mail.Subject);
    }

    [Fact]
    public async Task A_webhook_is_signed_and_retried_after_a_server_error_until_it_is_accepted()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var (interview, interviewer, organization) = await ScheduledAsync(world, 1);
        using var certificate = SelfSigned();
        using var receiver = WireMockServer.Start(new WireMockServerSettings
        {
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = certificate },
        });
        receiver.Given(Request.Create().WithPath("/hooks").UsingPost()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(500));
        receiver.Given(Request.Create().WithPath("/hooks").UsingPost()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200));
        await using var api = new PanelistApiFactory(world.Database, ("Notifications:BaseDelay", "00:00:00"))
        {
            // WireMock's certificate is self-signed; the URL must still be https.
            TestServices = s => s.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            }),
        };
        const string secret = "a-signing-secret-for-tests";
        using (var admin = api.ClientAs(Role.ClientAdmin, organization))
        {
            await OkAsync(admin, "mutation($i: ConfigureNotificationWebhookInput!) { configureNotificationWebhook(input: $i) { webhook { url } errors { code } } }",
                new { i = new { url = receiver.Url + "/hooks", secret } }, "configureNotificationWebhook");
        }

        using (var client = api.ClientAs(Role.Interviewer, null, interviewer.Id))
        {
            await OkAsync(client, SetPreference, new { i = new { eventKind = "SCHEDULED", channel = "WEBHOOK", enabled = true } }, "setNotificationPreference");
            await OkAsync(client, SetPreference, new { i = new { eventKind = "SCHEDULED", channel = "EMAIL", enabled = false } }, "setNotificationPreference");
        }

        await NotifyAsync(api, organization, interviewer.Id, interview.Id, interview.EngagementId);
        var dispatcher = api.Services.GetRequiredService<NotificationDispatcher>();
        Assert.Equal(1, await dispatcher.DispatchOnceAsync(default));
        Assert.Equal(1, await dispatcher.DispatchOnceAsync(default));
        Assert.Equal(0, await dispatcher.DispatchOnceAsync(default));

        var calls = receiver.LogEntries.ToList();
        Assert.Equal([500, 200], calls.Select(c => (int)c.ResponseMessage.StatusCode!));
        foreach (var call in calls)
        {
            var timestamp = long.Parse(call.RequestMessage.Headers![WebhookSigner.TimestampHeader].Single(), CultureInfo.InvariantCulture);
            Assert.Equal(WebhookSigner.Sign(secret, timestamp, call.RequestMessage.Body!), call.RequestMessage.Headers[WebhookSigner.SignatureHeader].Single());
            Assert.Contains("\"event\":\"SCHEDULED\"", call.RequestMessage.Body, StringComparison.Ordinal);
        }

        Assert.Equal(calls[0].RequestMessage.Headers![WebhookSigner.DeliveryHeader], calls[1].RequestMessage.Headers![WebhookSigner.DeliveryHeader]);
        var row = await world.ReadAsync(organization, db => db.NotificationDeliveries.SingleAsync(d => d.Channel == NotificationChannel.Webhook));
        Assert.Equal((NotificationDeliveryStatus.Delivered, 2), (row.Status, row.Attempts));
        var stored = await world.ReadAsync(organization, db => db.WebhookEndpoints.Select(w => w.ProtectedSecret).SingleAsync());
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs a certificate whose private key it can use: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>What the SLA job and the services do: raise a notification inside a unit of work.</summary>
    private static async Task NotifyAsync(PanelistApiFactory api, Guid organization, Guid interviewer, Guid interview, Guid engagement)
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organization);
        var notifications = scope.ServiceProvider.GetRequiredService<Domain.Notifications.Notifications>();
        var done = await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync(async () =>
        {
            await notifications.NotifyAsync(Recipient.Interviewer(interviewer), NotificationEventKind.Scheduled,
                new NotificationContext(organization) { EngagementId = engagement, InterviewId = interview });
            return true;
        }, default);
        Assert.True(done.Succeeded);
    }

    private static async Task OkAsync(GraphQLClient client, string mutation, object variables, string field)
    {
        var response = await client.PostAsync(mutation, variables);
        Assert.False(response.HasErrors, response.Body);
        Assert.Equal(0, response.Data.GetProperty(field).GetProperty("errors").GetArrayLength());
    }

    /// <summary>A scheduled interview of acme's, each test its own, with its interviewer (whose assignment is accepted).</summary>
    private static async Task<(Interview Interview, Domain.Interviewers.Interviewer Interviewer, Guid Organization)> ScheduledAsync(SeededWorld world, int index)
    {
        var interview = await world.ReadAsync(world.Acme, db => db.Interviews.AsNoTracking()
            .Where(i => i.Status == InterviewStatus.Scheduled && db.Assignments.Any(a => a.Id == i.AssignmentId && a.Status == AssignmentStatus.Accepted))
            .OrderBy(i => i.Id).Skip(index).FirstAsync());
        var interviewer = await world.ReadAsync(world.Acme, db => db.Interviewers.AsNoTracking().SingleAsync(i => i.Id == interview.InterviewerId));
        return (interview, interviewer, world.Acme);
    }
}
