using System.Text.Json;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Finds the panel Panelist already created for an interview when the store does not know it: Lever has no idempotency
/// key, so a create that landed but was never recorded (a timeout, a crash before the id was stored) would otherwise be
/// repeated. Our panels are recognised by the marker every interview note carries. That Lever lists panels with their
/// interviews' notes is UNCONFIRMED (secondary sources only), so the look-up is a setting that can be switched off.
/// </summary>
internal sealed class LeverPanelLookup(ConnectorContext context, LeverClient lever)
{
    private const int MaxPages = 10;

    /// <summary>The text every interview note of ours contains, naming the Panelist interview.</summary>
    public static string Marker(Guid interviewId) => $"Panelist interview {interviewId:D}.";

    /// <summary>The panel and interview ids of our panel for the interview, none, or the failure that prevented the look-up.</summary>
    public async Task<(LeverPanels.StoredPanel? Found, DeliveryResult? Failure)> FindAsync(string opportunity, Guid interviewId, CancellationToken cancellationToken)
    {
        if (LeverSettings.Get(context.Settings, LeverSettings.PanelLookup) != LeverSettings.LookupByNote)
        {
            return (null, null);
        }

        var marker = Marker(interviewId);
        string? offset = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var answer = await lever.GetAsync(
                $"opportunities/{LeverClient.Escape(opportunity)}/panels?limit=100{(offset is null ? "" : $"&offset={Uri.EscapeDataString(offset)}")}", cancellationToken);
            if (answer.Failure is { } failure)
            {
                // Creating without knowing could make a second panel: the delivery waits for the look-up to work.
                return (null, failure);
            }

            foreach (var panel in answer.Data.EnumerateArray())
            {
                if (Ours(panel, marker) is { } interview)
                {
                    return (new LeverPanels.StoredPanel(panel.GetProperty("id").GetString()!, interview), null);
                }
            }

            offset = answer.Root.TryGetProperty("hasNext", out var more) && more.ValueKind == JsonValueKind.True && answer.Root.TryGetProperty("next", out var next)
                ? next.GetString()
                : null;
            if (offset is null)
            {
                break;
            }
        }

        return (null, null);
    }

    private static string? Ours(JsonElement panel, string marker)
    {
        if (panel.TryGetProperty("canceledAt", out var canceled) && canceled.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            || !panel.TryGetProperty("interviews", out var interviews) || interviews.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var interview in interviews.EnumerateArray())
        {
            if (interview.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String && note.GetString()!.Contains(marker, StringComparison.Ordinal))
            {
                return interview.GetProperty("id").GetString();
            }
        }

        return null;
    }
}
