using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Workday;

/// <summary>
/// The Recruiting requests Panelist's events become (shapes from the WSDL-generated types, ats-apis.md §3.3):
/// <c>Put_Interview</c> for a scheduled, moved or cancelled interview on the candidate's job application, and
/// <c>Put_Interview_Feedback</c> for a scorecard. Interviewers are Workday Workers, so a freelance interviewer is
/// named in the comment and the session lists the worker the client mapped (or the map's default interviewer).
/// </summary>
internal static class WorkdayRequests
{
    /// <summary>Comments are free text of unpublished length; kept well under what Workday text fields usually take.</summary>
    private const int MaxComment = 4000;

    public static XElement PutInterview(string version, WorkdayReference application, InterviewRecord? known, InterviewEvent interview,
        (DateTimeOffset Start, DateTimeOffset End)? times, WorkdayReference? interviewer, WorkdayReference? interviewType, bool deleteSession)
    {
        var session = new XElement(Soap.Wd + "Interview_Session_Data",
            deleteSession ? new XAttribute(Soap.Wd + "Delete", "true") : null,
            known?.SessionWid is { } sessionWid ? Soap.Reference("Interview_Session_Reference", new WorkdayReference(WorkdayReference.Wid, sessionWid)) : null,
            deleteSession || times is null
                ? null
                : new XElement(Soap.Wd + "Interview_Session_Details_Data",
                    Soap.OptionalReference("Interviewers_Reference", interviewer),
                    Soap.Time("Interview_Start_Time", times.Value.Start),
                    Soap.Time("Interview_End_Time", times.Value.End),
                    Soap.OptionalReference("Interview_Type_Reference", interviewType),
                    new XElement(Soap.Wd + "Comment", Bounded(SessionComment(interview)))));
        return Soap.Request("Put_Interview", version,
            new XElement(Soap.Wd + "Interview_Data",
                known is null ? null : Soap.Reference("Interview_Event_Reference", new WorkdayReference(WorkdayReference.Wid, known.EventWid)),
                Soap.Reference("Job_Application_Reference", application),
                session,
                new XElement(Soap.Wd + "Overall_Comment", Bounded($"{Marker(interview)} {interview.EngagementTitle ?? "Panelist interview"}".Trim()))));
    }

    public static XElement PutInterviewFeedback(string version, WorkdayReference application, InterviewRecord? known, ScorecardEvent scorecard,
        WorkdayReference interviewer, WorkdayReference? rating, ReferenceMap map)
    {
        var competencies = scorecard.Ratings
            .Where(r => map.Criteria.ContainsKey(r.CriterionKey))
            .Select(r => new XElement(Soap.Wd + "Competency_Assessment_Data",
                Soap.Reference("Competency_Reference", map.Criteria[r.CriterionKey]),
                Soap.OptionalReference("Proficiency_Rating_Reference", map.Ratings.GetValueOrDefault(r.Rating)),
                new XElement(Soap.Wd + "Comment", Bounded($"{r.Rating}: {r.Evidence}".TrimEnd(' ', ':')))));
        return Soap.Request("Put_Interview_Feedback", version,
            new XElement(Soap.Wd + "Interview_Feedback_Data",
                known is null ? null : Soap.Reference("Interview_Event_Reference", new WorkdayReference(WorkdayReference.Wid, known.EventWid)),
                Soap.Reference("Job_Application_Reference", application),
                new XElement(Soap.Wd + "Interview_Feedback_Details_Data",
                    Soap.Reference("Interviewer_Reference", interviewer),
                    new XElement(Soap.Wd + "Interview_Feedback_Details",
                        competencies,
                        Soap.OptionalReference("Interview_Feedback_Rating_Reference", rating),
                        new XElement(Soap.Wd + "Overall_Comment", Bounded(OverallComment(scorecard, map)))))));
    }

    /// <summary>The cheapest read of the service: one interview, one page (Response_Filter Page/Count).</summary>
    public static XElement GetInterviews(string version) =>
        Soap.Request("Get_Interviews", version,
            new XElement(Soap.Wd + "Response_Filter", new XElement(Soap.Wd + "Page", "1"), new XElement(Soap.Wd + "Count", "1")));

    /// <summary>Found in Workday's comments, so that an earlier attempt can be recognised there.</summary>
    public static string Marker(InterviewEvent interview) => $"[panelist:{interview.InterviewId:N}]";

    private static string SessionComment(InterviewEvent interview) =>
        interview.InterviewerName is { } name ? $"{Marker(interview)} Interviewer: {name} (Panelist)" : Marker(interview);

    private static string OverallComment(ScorecardEvent scorecard, ReferenceMap map)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Marker(scorecard)} Recommendation: {scorecard.Recommendation}.");
        if (scorecard is ScorecardAmended amended)
        {
            text.Append(CultureInfo.InvariantCulture, $" Amended (revision {amended.Revision}): {amended.AmendmentReason}.");
        }

        if (scorecard.InterviewerName is { } name)
        {
            text.Append(CultureInfo.InvariantCulture, $" Interviewer: {name} (Panelist).");
        }

        text.Append(' ').Append(scorecard.Summary);
        // Criteria the client mapped to no competency still reach Workday, as text.
        foreach (var rating in scorecard.Ratings.Where(r => !map.Criteria.ContainsKey(r.CriterionKey)))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{rating.CriterionTitle}: {rating.Rating}{(string.IsNullOrWhiteSpace(rating.Evidence) ? "" : " — " + rating.Evidence)}");
        }

        return text.ToString();
    }

    private static string Bounded(string text) => text.Length <= MaxComment ? text : text[..MaxComment] + "…";
}
