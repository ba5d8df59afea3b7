namespace Panelist.Plugins.Sdk.Events;

/// <summary>The ATS's ids for what an event concerns; each is <see langword="null"/> when the client did not enter it.</summary>
public sealed record AtsReferences
{
    /// <summary>The ATS job (requisition) id of the engagement.</summary>
    public string? JobId { get; init; }

    /// <summary>The ATS candidate id.</summary>
    public string? CandidateId { get; init; }

    /// <summary>The ATS application id (the candidate's application to the job).</summary>
    public string? ApplicationId { get; init; }

    /// <summary>The ATS interview stage of the engagement's interviews, e.g. Greenhouse's interview stage id (SDK 1.1).</summary>
    public string? StageId { get; init; }

    /// <summary>The ATS interview type of the engagement's interviews, e.g. a Workday interview type reference (SDK 1.1).</summary>
    public string? InterviewTypeId { get; init; }

    /// <summary>
    /// The interview of the job's hiring plan the engagement's interviews fill: Greenhouse's <c>interview_id</c> from the job's
    /// stages, needed to create a scheduled interview (SDK 1.1).
    /// </summary>
    public string? HiringPlanInterviewId { get; init; }
}
