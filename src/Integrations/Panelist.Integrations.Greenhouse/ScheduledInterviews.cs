using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// Panelist interviews as Greenhouse scheduled interviews. Each carries <c>external_event_id</c> = <c>panelist-interview-{id}</c>;
/// Greenhouse has no idempotency key, so before creating one the connector asks for that id (<c>GET ?external_event_id=</c>)
/// and adopts what an earlier, interrupted attempt created. The Greenhouse id is kept in the store per interview.
/// </summary>
internal static class ScheduledInterviews
{
    public static string ExternalEventId(Guid interviewId) => $"panelist-interview-{interviewId:N}";

    public static string StoreKey(Guid interviewId) => $"scheduled-interview:{interviewId:N}";

    /// <summary>Scheduled: creates the interview unless it exists. Rescheduled: PATCHes it (and creates it if it never reached Greenhouse).</summary>
    public static async Task<DeliveryResult> PutAsync(HarvestClient client, ConnectorContext context, InterviewEvent interview,
        DateTimeOffset start, DateTimeOffset end, bool reschedule, CancellationToken cancellationToken)
    {
        var (existing, failure) = await FindAsync(client, context, interview.InterviewId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var (interviewers, refused) = await InterviewersAsync(context, interview, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (existing is not null)
        {
            if (!reschedule)
            {
                // A replay of a create that already landed.
                return new Delivered(existing);
            }

            var patch = new JsonObject { ["start"] = Instant(start), ["end"] = Instant(end), ["interviewers"] = interviewers };
            var updated = await client.SendAsync(HttpMethod.Patch, client.Paths.Update(existing), patch, cancellationToken);
            return updated.IsSuccess ? new Delivered(existing) : GreenhouseErrors.ToResult(updated, "SCHEDULED_INTERVIEW_NOT_FOUND");
        }

        if (interview.Ats.ApplicationId is not { Length: > 0 } application)
        {
            return new Rejected("APPLICATION_ID_MISSING", "The engagement has no Greenhouse application id, which a scheduled interview needs; enter it and retry the delivery.");
        }

        if (interview.Ats.HiringPlanInterviewId is not { Length: > 0 } planInterview)
        {
            return new Rejected("HIRING_PLAN_INTERVIEW_MISSING",
                "The engagement has no Greenhouse interview id from the job's hiring plan (interview_id), which a scheduled interview needs; enter it and retry the delivery.");
        }

        var body = new JsonObject
        {
            ["application_id"] = Id(application),
            ["interview_id"] = Id(planInterview),
            ["interviewers"] = interviewers,
            ["start"] = Instant(start),
            ["end"] = Instant(end),
            ["external_event_id"] = ExternalEventId(interview.InterviewId),
        };
        var created = await client.SendAsync(HttpMethod.Post, client.Paths.CreateInterview, body, cancellationToken);
        if (!created.IsSuccess)
        {
            return GreenhouseErrors.ToResult(created, "APPLICATION_NOT_FOUND");
        }

        if (created.Id() is not { } id)
        {
            // Created, but without an id we cannot update it; the next event finds it by external_event_id.
            return new Delivered(null);
        }

        if (context.Store is { } store)
        {
            await store.SetAsync(StoreKey(interview.InterviewId), id, cancellationToken);
        }

        return new Delivered(id);
    }

    /// <summary>Deletes the interview's Greenhouse interview; one that is already gone, or never came to be, is done.</summary>
    public static async Task<DeliveryResult> CancelAsync(HarvestClient client, ConnectorContext context, InterviewCancelled cancelled, CancellationToken cancellationToken)
    {
        var (existing, failure) = await FindAsync(client, context, cancelled.InterviewId, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (existing is null)
        {
            return new Delivered(null);
        }

        var deleted = await client.SendAsync(HttpMethod.Delete, client.Paths.Delete(existing), null, cancellationToken);
        if (!deleted.IsSuccess && deleted.Status != 404)
        {
            return GreenhouseErrors.ToResult(deleted, "SCHEDULED_INTERVIEW_NOT_FOUND");
        }

        if (context.Store is { } store)
        {
            await store.RemoveAsync(StoreKey(cancelled.InterviewId), cancellationToken);
        }

        return new Delivered(existing);
    }

    /// <summary>The Greenhouse id from the store, else from Greenhouse by external_event_id (then remembered).</summary>
    private static async Task<(string? Id, DeliveryResult? Failure)> FindAsync(HarvestClient client, ConnectorContext context, Guid interviewId, CancellationToken cancellationToken)
    {
        if (context.Store is { } store && await store.GetAsync(StoreKey(interviewId), cancellationToken) is { } stored)
        {
            return (stored, null);
        }

        var externalId = ExternalEventId(interviewId);
        var found = await client.SendAsync(HttpMethod.Get, client.Paths.Lookup(externalId), null, cancellationToken);
        if (!found.IsSuccess)
        {
            return (null, GreenhouseErrors.ToResult(found, "SCHEDULED_INTERVIEWS_NOT_FOUND"));
        }

        var match = found.Items("scheduled_interviews", "data")
            .Where(i => i.TryGetProperty("external_event_id", out var e) && e.ValueKind == JsonValueKind.String && e.GetString() == externalId)
            .Select(HarvestAnswer.IdOf)
            .FirstOrDefault(id => id is not null);
        if (match is not null && context.Store is { } writable)
        {
            await writable.SetAsync(StoreKey(interviewId), match, cancellationToken);
        }

        return (match, null);
    }

    /// <summary>The interviewer as the client mapped them: the Greenhouse user, else the relay address (v2 accepts e-mails of non-users).</summary>
    private static async Task<(JsonArray? Interviewers, DeliveryResult? Refused)> InterviewersAsync(ConnectorContext context, InterviewEvent interview,
        CancellationToken cancellationToken)
    {
        var user = interview.InterviewerId is { } interviewerId && context.Interviewers is { } directory
            ? await directory.FindAsync(interviewerId, cancellationToken)
            : null;
        var entry = new JsonObject { ["response_status"] = "accepted" };
        if (user?.UserId is { } userId && long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            entry["user_id"] = number;
        }
        else if (user?.RelayAddress is { } relay)
        {
            entry["email"] = relay;
        }
        else
        {
            return (null, new Rejected("INTERVIEWER_NOT_MAPPED",
                "The interviewer is mapped to no Greenhouse user (a numeric user id) and the installation has no relay address pattern; map them and retry the delivery."));
        }

        return ([entry], null);
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Greenhouse ids are integers; one that is not is sent as text, for Greenhouse to judge.</summary>
    private static JsonValue Id(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
}
