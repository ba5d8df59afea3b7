using System.Text.Json;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Interviews as Lever panels: a scheduled interview creates a panel (in the interviewer's time zone) holding one
/// interview, whose two ids are kept in the store; a reschedule updates that interview, a cancellation deletes the
/// panel (which deletes its interview) and forgets the ids. Interviewers are named only as their mapped Lever user.
/// </summary>
internal sealed class LeverPanels(ConnectorContext context, LeverClient lever)
{
    public static string Key(Guid interviewId) => $"panel:{interviewId:N}";

    public async Task<DeliveryResult> ScheduleAsync(string opportunity, InterviewEvent interview, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        if (await StoredAsync(interview.InterviewId, cancellationToken) is { } stored)
        {
            // A replay of the schedule, or a reschedule: the panel exists, so its interview is updated instead.
            return await UpdateAsync(opportunity, interview, stored, start, end, cancellationToken);
        }

        var (found, lookupFailure) = await new LeverPanelLookup(context, lever).FindAsync(opportunity, interview.InterviewId, cancellationToken);
        if (lookupFailure is not null)
        {
            return lookupFailure;
        }

        if (found is not null)
        {
            // Our create landed before, but its ids were never stored (a timeout or a crash): record them and update that panel.
            if (context.Store is { } known)
            {
                await known.SetJsonAsync(Key(interview.InterviewId), found, cancellationToken);
            }

            return await UpdateAsync(opportunity, interview, found, start, end, cancellationToken);
        }

        var body = new JsonObject
        {
            ["timezone"] = interview.InterviewerTimeZone is { Length: > 0 } zone ? zone : LeverSettings.Get(context.Settings, LeverSettings.DefaultTimeZone),
            ["externallyManaged"] = true,
            ["interviews"] = new JsonArray(await InterviewAsync(interview, start, end, null, cancellationToken)),
        };
        var answer = await lever.WriteAsync(HttpMethod.Post, $"opportunities/{LeverClient.Escape(opportunity)}/panels", body, lever.ActingUser, cancellationToken);
        if (answer.Failure is { } failure)
        {
            return failure;
        }

        var panelId = answer.Id ?? throw new InvalidOperationException("Lever created a panel without an id.");
        var interviewId = answer.Data.TryGetProperty("interviews", out var interviews) && interviews.ValueKind == JsonValueKind.Array && interviews.GetArrayLength() > 0
            ? interviews[0].GetProperty("id").GetString()
            : null;
        if (context.Store is { } store)
        {
            await store.SetJsonAsync(Key(interview.InterviewId), new StoredPanel(panelId, interviewId), cancellationToken);
        }

        return new Delivered(panelId);
    }

    public async Task<DeliveryResult> CancelAsync(string opportunity, InterviewCancelled cancelled, CancellationToken cancellationToken)
    {
        if (await StoredAsync(cancelled.InterviewId, cancellationToken) is not { } stored)
        {
            // Nothing of ours at Lever (never scheduled through this installation, or already deleted).
            return new Delivered(null);
        }

        var answer = await lever.WriteAsync(HttpMethod.Delete, $"opportunities/{LeverClient.Escape(opportunity)}/panels/{LeverClient.Escape(stored.PanelId)}", null,
            lever.ActingUser, cancellationToken);
        if (answer.Failure is { } failure && answer.Status != 404)
        {
            return failure;
        }

        await context.Store!.RemoveAsync(Key(cancelled.InterviewId), cancellationToken);
        return new Delivered(stored.PanelId);
    }

    /// <summary>The panel and interview ids kept for the interview, or null.</summary>
    public async Task<StoredPanel?> StoredAsync(Guid interviewId, CancellationToken cancellationToken) =>
        context.Store is { } store ? await store.GetJsonAsync<StoredPanel>(Key(interviewId), cancellationToken) : null;

    private async Task<DeliveryResult> UpdateAsync(string opportunity, InterviewEvent interview, StoredPanel stored, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        if (stored.InterviewId is null)
        {
            return new Delivered(stored.PanelId);
        }

        var body = await InterviewAsync(interview, start, end, stored.PanelId, cancellationToken);
        var answer = await lever.WriteAsync(HttpMethod.Put, $"opportunities/{LeverClient.Escape(opportunity)}/interviews/{LeverClient.Escape(stored.InterviewId)}", body,
            lever.ActingUser, cancellationToken);
        if (answer.Status == 404)
        {
            // Someone deleted the panel at Lever: forget it and schedule anew, unless the opportunity itself is gone (then this fails too).
            await context.Store!.RemoveAsync(Key(interview.InterviewId), cancellationToken);
            return await ScheduleAsync(opportunity, interview, start, end, cancellationToken);
        }

        return answer.Failure ?? new Delivered(stored.PanelId);
    }

    private async Task<JsonObject> InterviewAsync(InterviewEvent interview, DateTimeOffset start, DateTimeOffset end, string? panelId, CancellationToken cancellationToken)
    {
        var interviewer = await LeverPeople.InterviewerUserAsync(context, interview.InterviewerId, cancellationToken);
        var named = interviewer ?? (LeverSettings.Get(context.Settings, LeverSettings.UnmappedInterviewer) == LeverSettings.UnmappedAsActingUser ? lever.ActingUser : null);
        var body = new JsonObject
        {
            ["subject"] = $"{interview.EngagementTitle ?? "Interview"} (Panelist)",
            ["note"] = interviewer is null && interview.InterviewerName is { Length: > 0 } name
                ? $"Interviewer: {name} (Panelist; no Lever user). {LeverPanelLookup.Marker(interview.InterviewId)}"
                : LeverPanelLookup.Marker(interview.InterviewId),
            ["interviewers"] = named is null ? new JsonArray() : new JsonArray(new JsonObject { ["id"] = named }),
            ["date"] = start.ToUnixTimeMilliseconds(),
            ["duration"] = Math.Max(1, (int)Math.Round((end - start).TotalMinutes)),
        };
        if (panelId is not null)
        {
            body["panel"] = panelId;
        }

        return body;
    }

    internal sealed record StoredPanel(string PanelId, string? InterviewId);
}
