namespace Panelist.Api.Engagements;

/// <summary>The descriptions of an engagement's ATS stage references, shared by the type and both inputs.</summary>
internal static class EngagementAtsFields
{
    public const string StageId = "The interview stage id in the client's ATS (e.g. a Greenhouse job stage); at most 100 characters. Sent to connectors with every interview event.";

    public const string InterviewTypeId = "The interview type id in the client's ATS (e.g. a Workday interview type); at most 100 characters. Sent to connectors with every interview event.";

    public const string HiringPlanInterviewId = "The interview of the job's hiring plan these interviews fill (Greenhouse's interview_id); at most 100 characters. Sent to connectors with every interview event.";
}
