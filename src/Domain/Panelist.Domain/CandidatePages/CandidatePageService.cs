using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.CandidatePages;

/// <summary>
/// The candidate's side of one interview. The page's signed link is the only authority: the host checks it and then
/// acts as the system for the link's organization, so every read and write here names the link's interview only.
/// </summary>
public sealed class CandidatePageService(DomainScope scope, CandidateFeedbackService feedback, CandidateVault vault) : DomainService(scope)
{
    public async Task<CandidatePageView?> ViewAsync(Guid interviewId, CancellationToken ct)
    {
        var interview = await Db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interviewId, ct);
        if (interview?.CandidateId is not { } candidateId)
        {
            return null;
        }

        // An erased candidate has no name left to greet and no page: the link then answers like an unknown one.
        var candidate = await Db.Candidates.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, ct);
        if (candidate is null || (await vault.RevealAsync([candidate], ct)).GetValueOrDefault(candidate.Id) is not { } person)
        {
            return null;
        }

        var organization = await Db.Organizations.AsNoTracking().SingleAsync(o => o.Id == interview.OrganizationId, ct);
        var interviewer = interview.InterviewerId is { } id
            ? await Db.Interviewers.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Name, i.Headline }).SingleOrDefaultAsync(ct)
            : null;
        var given = await Db.CandidateFeedback.AnyAsync(f => f.InterviewId == interviewId, ct);
        var requests = await Db.RescheduleRequests.CountAsync(r => r.InterviewId == interviewId, ct);
        return new CandidatePageView(interview.Id, organization.Name, organization.Branding, interview.Status, interview.ScheduledStart,
            interview.ScheduledEnd, interview.JoinUrl, interview.CandidateTimeZone, interview.CandidateLanguage, FirstName(person.Name),
            interviewer is null ? null : FirstName(interviewer.Name), interviewer is null || interviewer.Headline.Length == 0 ? null : interviewer.Headline,
            given, requests);
    }

    /// <summary>Records the candidate's wish to move the interview (audited); staff see it on the interview.</summary>
    public Task<Result<RescheduleRequest>> RequestRescheduleAsync(Guid interviewId, string message, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        if (interview.Status is not (InterviewStatus.Requested or InterviewStatus.Scheduled))
        {
            throw new DomainRuleException(ErrorCodes.RescheduleNotPossible, "Only an upcoming interview can be moved.", "interviewId");
        }

        if (await Db.RescheduleRequests.CountAsync(r => r.InterviewId == interviewId, ct) >= RescheduleRequest.MaxPerInterview)
        {
            throw new DomainRuleException(ErrorCodes.RescheduleRequestLimit,
                $"This interview already has {RescheduleRequest.MaxPerInterview} reschedule requests.", "message");
        }

        var request = new RescheduleRequest(interview.OrganizationId, interview.Id, message);
        Db.RescheduleRequests.Add(request);
        Audit.Record("interview.reschedule_requested", nameof(Interview), interview.Id, new { requestId = request.Id, message = "redacted" });
        return request;
    }, ct);

    /// <summary>The candidate's 0–10 rating, through the same rule as staff recording it (completed, once).</summary>
    public Task<Result<CandidateFeedback>> LeaveFeedbackAsync(Guid interviewId, int score, string? comment, CancellationToken ct = default) =>
        feedback.RecordAsync(interviewId, score, comment, ct);

    /// <summary>What the candidate page shows about joining, and in which zone and language; staff set it.</summary>
    public Task<Result<Interview>> SetDetailsAsync(Guid interviewId, string? joinUrl, string? timeZone, string? language, CancellationToken ct = default) =>
        Run(async () =>
        {
            RequireClientStaff();
            var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
            interview.SetCandidatePage(joinUrl, timeZone, language);
            Audit.Record("interview.candidate_page_set", nameof(Interview), interview.Id,
                new { interview.JoinUrl, interview.CandidateTimeZone, interview.CandidateLanguage });
            return interview;
        }, ct);

    /// <summary>The first word of a name: the page greets the candidate and names the interviewer without surnames.</summary>
    public static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? trimmed : trimmed[..space];
    }
}
