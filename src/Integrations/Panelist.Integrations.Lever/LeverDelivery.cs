using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>What each event becomes at Lever, for one delivery.</summary>
internal sealed class LeverDelivery
{
    private readonly ConnectorContext _context;
    private readonly LeverPanels _panels;
    private readonly LeverNotes _notes;
    private readonly LeverFeedback _feedback;

    public LeverDelivery(ConnectorContext context)
    {
        _context = context;
        var lever = new LeverClient(context);
        _panels = new LeverPanels(context, lever);
        _notes = new LeverNotes(context, lever);
        _feedback = new LeverFeedback(context, lever, _panels);
    }

    public async Task<DeliveryResult> DeliverAsync(string opportunity, IntegrationEvent integrationEvent, CancellationToken cancellationToken) => integrationEvent switch
    {
        InterviewScheduled e => await _panels.ScheduleAsync(opportunity, e, e.ScheduledStart, e.ScheduledEnd, cancellationToken),
        InterviewRescheduled e => await _panels.ScheduleAsync(opportunity, e, e.ScheduledStart, e.ScheduledEnd, cancellationToken),
        InterviewCancelled e => await _panels.CancelAsync(opportunity, e, cancellationToken),
        InterviewCompleted e => await NoteAsync(opportunity, e, LeverNotes.Completed(e), cancellationToken),
        ScorecardEvent e => await ScorecardAsync(opportunity, e, cancellationToken),
        EngagementClosed e => await NoteAsync(opportunity, e, LeverNotes.Closed(e), cancellationToken),
        _ => new Rejected("EVENT_NOT_SUPPORTED", $"The Lever connector does not deliver {integrationEvent.EventType}."),
    };

    private async Task<DeliveryResult> ScorecardAsync(string opportunity, ScorecardEvent scorecard, CancellationToken cancellationToken)
    {
        var template = LeverSettings.Get(_context.Settings, LeverSettings.FeedbackTemplateId);
        string? feedbackId = null;
        if (template.Length > 0)
        {
            var (mapping, problems) = FieldMapping.Parse(LeverSettings.Get(_context.Settings, LeverSettings.FieldMapping));
            if (mapping is null)
            {
                return new Rejected("LEVER_MAPPING_INVALID", $"The feedback field mapping is not usable: {string.Join("; ", problems)}.");
            }

            var (id, failure) = await _feedback.WriteAsync(opportunity, scorecard, template, mapping, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            feedbackId = id;
        }

        var alwaysNote = LeverSettings.Get(_context.Settings, LeverSettings.ScorecardNote) == LeverSettings.NoteAlways;
        if (feedbackId is not null && !alwaysNote)
        {
            return new Delivered(feedbackId);
        }

        var (noteId, noteFailure) = await _notes.AddAsync(opportunity, scorecard, LeverNotes.Scorecard(scorecard), cancellationToken);
        return noteFailure ?? new Delivered(feedbackId ?? noteId);
    }

    private async Task<DeliveryResult> NoteAsync(string opportunity, IntegrationEvent integrationEvent, string text, CancellationToken cancellationToken)
    {
        var (noteId, failure) = await _notes.AddAsync(opportunity, integrationEvent, text, cancellationToken);
        return failure ?? new Delivered(noteId);
    }
}
