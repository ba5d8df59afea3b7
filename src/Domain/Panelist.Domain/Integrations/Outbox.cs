using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Collects the integration events of one unit of work and, at commit, writes a <see cref="Delivery"/>
/// for each installation of the organization that wants the event — in the same transaction, so an
/// event exists exactly when its change does. Nothing is pushed from inside a request. The payload is the
/// SDK's own record serialized as its base type, exactly what the dispatcher reads back for the connector.
/// </summary>
public sealed class Outbox(PanelistDbContext db, RequestContext request, TimeProvider time)
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);
    private readonly List<IntegrationEvent> _pending = [];

    /// <summary>Queues the event, stamped with the acting <see cref="Common.Actor"/> and the shape version the domain writes.</summary>
    public void Raise(SdkEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var stamped = integrationEvent with { Actor = EventActors.Of(request.Actor), SchemaVersion = IntegrationEvent.SchemaVersion };
        _pending.Add(new IntegrationEvent(stamped, SubjectOf(stamped).ToString("N")));
    }

    /// <summary>Queues an event every enabled installation receives, whatever events it chose (an erasure); returns its id.</summary>
    public Guid RaiseToAll(SdkEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var stamped = integrationEvent with { Actor = EventActors.Of(request.Actor), SchemaVersion = IntegrationEvent.SchemaVersion };
        _pending.Add(new IntegrationEvent(stamped, SubjectOf(stamped).ToString("N"), ToEveryInstallation: true));
        return stamped.EventId;
    }

    /// <summary>
    /// What an event is about, for ordering and <see cref="SdkEvent.Sequence"/>: the interview for interview and scorecard events,
    /// the engagement for the engagement-level ones.
    /// </summary>
    public static Guid SubjectOf(SdkEvent integrationEvent) => integrationEvent switch
    {
        InterviewEvent e => e.InterviewId,
        InterviewerAssigned e => e.EngagementId,
        EngagementClosed e => e.EngagementId,
        CandidateErased e => e.CandidateId,
        _ => throw new ArgumentOutOfRangeException(nameof(integrationEvent), integrationEvent.EventType, "An event type the outbox has no subject for."),
    };

    internal void Discard() => _pending.Clear();

    internal async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var organizations = _pending.Select(e => e.OrganizationId).Distinct().ToList();
        var installations = await db.ConnectorInstallations.IgnoreQueryFilters()
            .Where(i => organizations.Contains(i.OrganizationId) && i.Status != InstallationStatus.Disabled)
            .ToListAsync(ct);
        var wanted = _pending
            .Select(e => (Event: e, To: installations.Where(i => i.OrganizationId == e.OrganizationId && (i.Wants(e.Type) || e.ToEveryInstallation)).ToList()))
            .Where(w => w.To.Count > 0)
            .ToList();
        // Events nobody receives take no number: the sequence only has to increase for what connectors see.
        var next = await ReserveSequencesAsync(wanted.GroupBy(w => w.Event.OrderingKey).ToDictionary(g => g.Key, g => (long)g.Count()), ct);
        var now = Clock.Now(time);
        foreach (var (pending, to) in wanted)
        {
            var numbered = pending with { Event = pending.Event with { Sequence = next[pending.OrderingKey]++ } };
            var json = JsonSerializer.Serialize(numbered.Event, PayloadJson);
            foreach (var installation in to)
            {
                db.Deliveries.Add(new Delivery(installation, numbered, json, now));
            }
        }

        _pending.Clear();
    }

    /// <summary>
    /// Moves each subject's counter by its count of events in one upsert and returns the first number per subject. The upsert
    /// locks the counter row until commit (PostgreSQL; SQLite runs one writer at a time), so a concurrent writer about the same
    /// subject waits and then continues after these numbers. Subjects are taken in one order, so two writers never deadlock.
    /// </summary>
    private async Task<Dictionary<string, long>> ReserveSequencesAsync(Dictionary<string, long> counts, CancellationToken ct)
    {
        var first = new Dictionary<string, long>();
        foreach (var (subject, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var last = await db.Database.SqlQuery<long>($"""
                INSERT INTO "IntegrationSequences" ("Subject", "LastSequence") VALUES ({subject}, {count})
                ON CONFLICT ("Subject") DO UPDATE SET "LastSequence" = "IntegrationSequences"."LastSequence" + {count}
                RETURNING "LastSequence" AS "Value"
                """).ToListAsync(ct);
            first[subject] = last[0] - count + 1;
        }

        return first;
    }
}
