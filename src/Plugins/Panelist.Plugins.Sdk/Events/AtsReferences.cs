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
}
