namespace Panelist.Domain.Sla;

/// <summary>
/// Tells people about SLA deadlines. Called inside the SLA job's unit of work, after the claim row is staged: an
/// implementation must only stage its work (audit entries, outbox rows) in that transaction and send nothing
/// itself, so a lost race rolls its notifications back with the claim. <see cref="NotificationSlaNotifier"/> stages
/// audit entries and notifications (e-mail, webhook, in-app through the outbox).
/// </summary>
public interface ISlaNotifier
{
    /// <summary>The scorecard is due now: remind the interviewer.</summary>
    Task DueAsync(SlaAlert alert, CancellationToken ct);

    /// <summary>The scorecard is late: tell the interviewer it is overdue.</summary>
    Task LateAsync(SlaAlert alert, CancellationToken ct);

    /// <summary>A deadline was missed (scorecard late, or interview unscheduled): tell the engagement's recruiters.</summary>
    Task EscalatedAsync(SlaAlert alert, CancellationToken ct);
}
