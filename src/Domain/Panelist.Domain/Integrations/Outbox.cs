using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Collects the integration events of one unit of work and, at commit, writes a <see cref="Delivery"/>
/// for each installation of the organization that wants the event — in the same transaction, so an
/// event exists exactly when its change does. Nothing is pushed from inside a request.
/// </summary>
public sealed class Outbox(PanelistDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);
    private readonly List<IntegrationEvent> _pending = [];

    public void Raise(string type, Guid organizationId, Guid subjectId, object payload) =>
        _pending.Add(new IntegrationEvent(Guid.CreateVersion7(), type, Clock.Now(time), organizationId, subjectId.ToString("N"), payload));

    /// <summary>Raises an event every enabled installation receives, whatever events it chose (an erasure); returns its id.</summary>
    public Guid RaiseToAll(string type, Guid organizationId, Guid subjectId, object payload)
    {
        var raised = new IntegrationEvent(Guid.CreateVersion7(), type, Clock.Now(time), organizationId, subjectId.ToString("N"), payload, ToEveryInstallation: true);
        _pending.Add(raised);
        return raised.EventId;
    }

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
        var now = Clock.Now(time);
        foreach (var integrationEvent in _pending)
        {
            // The SDK's polymorphic event JSON: the "type" discriminator first, then the common fields, then the event's own.
            var json = new JsonObject
            {
                ["type"] = integrationEvent.Type,
                ["eventId"] = integrationEvent.EventId,
                ["occurredAt"] = new DateTimeOffset(integrationEvent.OccurredAt, TimeSpan.Zero),
                ["organizationId"] = integrationEvent.OrganizationId,
                ["schemaVersion"] = IntegrationEvent.SchemaVersion,
            };
            foreach (var (name, value) in JsonSerializer.SerializeToNode(integrationEvent.Payload, PayloadJson)!.AsObject().ToList())
            {
                json[name] = value?.DeepClone();
            }

            foreach (var installation in installations.Where(i => i.OrganizationId == integrationEvent.OrganizationId
                && (i.Wants(integrationEvent.Type) || integrationEvent.ToEveryInstallation)))
            {
                db.Deliveries.Add(new Delivery(installation, integrationEvent, json.ToJsonString(), now));
            }
        }

        _pending.Clear();
    }
}
