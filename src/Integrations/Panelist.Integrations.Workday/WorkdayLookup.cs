using System.Xml.Linq;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Workday;

/// <summary>
/// Finds an interview an earlier attempt created when the store does not know it: Workday has no idempotency key, so a
/// <c>Put_Interview</c> whose answer was lost (a timeout, a crash before the WID was stored) would otherwise be created
/// again. The job application's interviews are listed with <c>Get_Interviews</c> and the one whose
/// <c>Overall_Comment</c> carries this interview's marker is reused.
/// </summary>
internal static class WorkdayLookup
{
    public static async Task<(InterviewRecord? Found, DeliveryResult? Failure)> FindAsync(ConnectorContext context, string version, WorkdayReference application,
        InterviewEvent interview, CancellationToken cancellationToken)
    {
        if (WorkdaySettings.Get(context.Settings, WorkdaySettings.DuplicateLookup) == WorkdaySettings.LookupOff)
        {
            return (null, null);
        }

        var (body, failure) = await WorkdayClient.CallAsync(context, "Get_Interviews", WorkdayRequests.GetInterviewsOf(version, application), cancellationToken);
        return failure is not null ? (null, failure) : (Match(body!, WorkdayRequests.Marker(interview)), null);
    }

    /// <summary>The entry around the marked comment that names an interview event (the response's exact nesting is unconfirmed, so the nearest one).</summary>
    private static InterviewRecord? Match(XElement body, string marker)
    {
        foreach (var comment in body.Descendants(Soap.Wd + "Overall_Comment").Where(c => c.Value.Contains(marker, StringComparison.Ordinal)))
        {
            for (var entry = comment.Parent; entry is not null; entry = entry.Parent)
            {
                if (Soap.WidOf(entry, "Interview_Event_Reference") is { } wid)
                {
                    return new InterviewRecord(wid, Soap.WidOf(entry, "Interview_Session_Reference"));
                }
            }
        }

        return null;
    }
}
