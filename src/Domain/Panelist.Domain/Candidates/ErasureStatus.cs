namespace Panelist.Domain.Candidates;

/// <summary>Where one processor stands on one erasure.</summary>
public enum ErasureStatus
{
    /// <summary>Not confirmed yet: the event is on its way to the ATS.</summary>
    Pending,

    /// <summary>The processor erased or anonymized the person.</summary>
    Completed,

    /// <summary>The vendor's API cannot erase; someone must do it in the vendor's own UI (the detail says what).</summary>
    ManualStepRequired,

    /// <summary>The delivery was refused or gave up; an admin must act.</summary>
    Failed,
}
