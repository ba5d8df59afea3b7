using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Workday;

/// <summary>
/// An erased candidate at Workday. The Recruiting web service (ats-apis.md §3.1) has no operation that deletes, purges or
/// anonymizes a candidate (<c>Put_Candidate</c> only writes data), and Workday purges personal data through its own
/// purge tasks and business processes, so the connector sends nothing and answers a manual step naming the task and the
/// candidate for the client's Workday administrator.
/// </summary>
internal static class WorkdayErasure
{
    public static Delivered Answer(IReadOnlyDictionary<string, string> settings, CandidateErased erased)
    {
        var configured = WorkdaySettings.Get(settings, WorkdaySettings.ErasureTask);
        var task = configured.Length > 0 ? $"the task \"{configured}\"" : "your tenant's candidate data purge task";
        var tenant = WorkdaySettings.Get(settings, WorkdaySettings.Tenant);
        var id = erased.Ats.CandidateId?.Trim();
        var step = string.IsNullOrEmpty(id)
            ? $"Panelist holds no Workday candidate id for this candidate. A Workday administrator of tenant {tenant} must find the candidate and run {task} for them."
            : $"Workday Recruiting's web service cannot erase a candidate. A Workday administrator of tenant {tenant} must run {task} for candidate {id}.";
        return new Delivered(string.IsNullOrEmpty(id) ? null : id) { ManualStepRequired = step };
    }
}
