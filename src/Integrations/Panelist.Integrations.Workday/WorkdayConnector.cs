using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Integrations.Workday;

/// <summary>
/// Delivers Panelist's interview and scorecard events to Workday Recruiting through its SOAP web service (ats-apis.md §3):
/// a scheduled or moved interview becomes <c>Put_Interview</c> on the candidate's job application, a cancellation
/// <c>Put_Interview</c> with the session deleted, a scorecard <c>Put_Interview_Feedback</c> with the installation's
/// reference map turning recommendation, criteria, ratings and stage into the tenant's reference ids. The interview
/// event WID Workday returns is kept in the store and reused by every later event about that interview. An erased candidate
/// becomes a manual step naming the purge task the client's Workday administrator must run.
/// </summary>
public sealed partial class WorkdayConnector : IAtsConnector
{
    /// <inheritdoc />
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "workday",
        Name = "Workday Recruiting",
        Version = PluginVersion.Current,
        SupportedEvents =
        [
            IntegrationEventTypes.InterviewScheduled, IntegrationEventTypes.InterviewRescheduled, IntegrationEventTypes.InterviewCancelled,
            IntegrationEventTypes.ScorecardSubmitted, IntegrationEventTypes.ScorecardAmended, IntegrationEventTypes.CandidateErased,
        ],
        SettingsSchema = WorkdaySettings.Schema,
        // Workday publishes no rate limit (ats-apis.md §3.4): throttling is read from its answers, with a back-off setting.
        RateLimit = null,
    };

    /// <inheritdoc />
    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Task.FromResult(WorkdayValidation.Validate(Descriptor, settings));

    /// <inheritdoc />
    public async Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (WorkdayValidation.Validate(Descriptor, context.Settings) is { IsValid: false } invalid)
        {
            return ConnectionCheckResult.Failed(string.Join(" ", invalid.Errors.Select(e => e.Message)));
        }

        try
        {
            var version = WorkdaySettings.Get(context.Settings, WorkdaySettings.ApiVersion);
            var (_, failure) = await WorkdayClient.CallAsync(context, "Get_Interviews", WorkdayRequests.GetInterviews(version), cancellationToken);
            return failure switch
            {
                null => ConnectionCheckResult.Ok(),
                Rejected rejected => ConnectionCheckResult.Failed($"{rejected.Code}: {rejected.Reason}"),
                RetryLater later => ConnectionCheckResult.Failed($"Workday did not accept the call now: {later.Reason}"),
                _ => ConnectionCheckResult.Failed(failure.ToString()),
            };
        }
        catch (HttpRequestException ex)
        {
            return ConnectionCheckResult.Failed($"Workday could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectionCheckResult.Failed("Workday did not answer in time.");
        }
    }

    /// <inheritdoc />
    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent is CandidateErased erased)
        {
            // No SOAP call: Workday's web service cannot erase; the answer is the step the client's admin must take.
            return WorkdayErasure.Answer(context.Settings, erased);
        }

        var (map, problems) = ReferenceMap.Parse(WorkdaySettings.Get(context.Settings, WorkdaySettings.ReferenceMap));
        if (map is null)
        {
            return new Rejected("WORKDAY_SETTINGS_INVALID", $"Reference map {string.Join(" ", problems)}");
        }

        if (integrationEvent is not InterviewEvent interview)
        {
            return new Rejected("EVENT_NOT_SUPPORTED", $"Workday receives no {integrationEvent.EventType} events.");
        }

        if (string.IsNullOrWhiteSpace(interview.Ats.ApplicationId))
        {
            return new Rejected("APPLICATION_NOT_LINKED", "The engagement has no Workday job application id; Workday records interviews on a job application.");
        }

        try
        {
            var result = await DeliverInterviewAsync(context, interview, map, cancellationToken);
            context.Logger.LogInformation("Workday {EventType} {EventId}: {Result}", integrationEvent.EventType, integrationEvent.EventId, result.GetType().Name);
            return result;
        }
        catch (HttpRequestException ex)
        {
            return new RetryLater(null, $"network error: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The request timed out: Workday may have applied it. A retry re-sends with the stored interview WID, if any.
            return new RetryLater(null, "Workday did not answer in time");
        }
    }

    private static async Task<DeliveryResult> DeliverInterviewAsync(ConnectorContext context, InterviewEvent interview, ReferenceMap map, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var version = WorkdaySettings.Get(settings, WorkdaySettings.ApiVersion);
        var application = new WorkdayReference(WorkdaySettings.Get(settings, WorkdaySettings.ApplicationIdType), interview.Ats.ApplicationId!.Trim());
        var key = $"interview:{interview.InterviewId:N}";
        var known = context.Store is { } store ? await store.GetJsonAsync<InterviewRecord>(key, cancellationToken) : null;
        var interviewer = await InterviewerAsync(context, interview.InterviewerId, map, cancellationToken);
        var interviewType = interview.Ats.StageId is { } stage ? map.Stages.GetValueOrDefault(stage) : null;

        XElement request;
        string operation;
        switch (interview)
        {
            case InterviewScheduled scheduled:
                (operation, request) = ("Put_Interview", WorkdayRequests.PutInterview(version, application, known, interview,
                    (scheduled.ScheduledStart, scheduled.ScheduledEnd), interviewer, interviewType, deleteSession: false));
                break;
            case InterviewRescheduled moved:
                (operation, request) = ("Put_Interview", WorkdayRequests.PutInterview(version, application, known, interview,
                    (moved.ScheduledStart, moved.ScheduledEnd), interviewer, interviewType, deleteSession: false));
                break;
            case InterviewCancelled when known is null || WorkdaySettings.Get(settings, WorkdaySettings.Cancellation) == WorkdaySettings.CancelIgnored:
                // Nothing at Workday to cancel, or the client wants cancellations left to its recruiters.
                return new Delivered(known?.EventWid);
            case InterviewCancelled:
                (operation, request) = ("Put_Interview", WorkdayRequests.PutInterview(version, application, known, interview, null, null, null, deleteSession: true));
                break;
            case ScorecardEvent scorecard:
                if (interviewer is null)
                {
                    return new Rejected("WORKDAY_INTERVIEWER_NOT_MAPPED",
                        "Workday takes feedback only from a Worker: map the interviewer to a worker, or set defaultInterviewer in the reference map.");
                }

                if (!map.Recommendations.TryGetValue(scorecard.Recommendation, out var rating))
                {
                    return new Rejected("WORKDAY_REFERENCE_NOT_MAPPED", $"The reference map has no recommendations.{scorecard.Recommendation} (an Interview_Feedback_Rating reference).");
                }

                (operation, request) = ("Put_Interview_Feedback", WorkdayRequests.PutInterviewFeedback(version, application, known, scorecard, interviewer, rating, map));
                break;
            default:
                return new Rejected("EVENT_NOT_SUPPORTED", $"Workday receives no {interview.EventType} events.");
        }

        var (body, failure) = await WorkdayClient.CallAsync(context, operation, request, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return await RememberAsync(context, key, known, interview, body!, cancellationToken);
    }

    /// <summary>Keeps the interview's WIDs as soon as Workday answers, so later events update that interview; forgets them once it is cancelled.</summary>
    private static async Task<DeliveryResult> RememberAsync(ConnectorContext context, string key, InterviewRecord? known, InterviewEvent interview, XElement body,
        CancellationToken cancellationToken)
    {
        var eventWid = Soap.WidOf(body, "Interview_Event_Reference") ?? known?.EventWid;
        if (context.Store is not { } store)
        {
            return new Delivered(eventWid);
        }

        if (interview is InterviewCancelled)
        {
            await store.RemoveAsync(key, cancellationToken);
        }
        else if (eventWid is not null)
        {
            var record = new InterviewRecord(eventWid, Soap.WidOf(body, "Interview_Session_Reference") ?? known?.SessionWid);
            if (record != known)
            {
                await store.SetJsonAsync(key, record, cancellationToken);
            }
        }

        return new Delivered(eventWid);
    }

    /// <summary>The Worker the client mapped the interviewer to, else the map's default (e.g. the recruiter); never an address: Workday takes Workers only.</summary>
    private static async Task<WorkdayReference?> InterviewerAsync(ConnectorContext context, Guid? interviewerId, ReferenceMap map, CancellationToken cancellationToken)
    {
        if (interviewerId is { } id && context.Interviewers is { } directory && await directory.FindAsync(id, cancellationToken) is { UserId: { Length: > 0 } worker })
        {
            return new WorkdayReference(WorkdaySettings.Get(context.Settings, WorkdaySettings.WorkerIdType), worker);
        }

        return map.DefaultInterviewer;
    }

    [GeneratedRegex(@"^v\d+(\.\d+)?$")]
    internal static partial Regex VersionPattern();
}
