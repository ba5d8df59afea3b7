using System.Xml.Linq;

namespace Panelist.Testing.Vendors;

/// <summary><c>Get_Interviews</c> of the fake: what a connector reads to find an interview an earlier attempt created.</summary>
public sealed partial class FakeWorkday
{
    /// <summary>One page of the job application's interviews (all of them without criteria), each with its event reference and the data last put.</summary>
    private WireMock.ResponseMessage GetInterviews(XElement operation)
    {
        var application = operation.Element(Wd + "Request_Criteria")?.Element(Wd + "Job_Application_Reference")?.Element(Wd + "ID")?.Value;
        var found = _interviews
            .Where(i => application is null || i.Value.Element(Wd + "Job_Application_Reference")?.Element(Wd + "ID")?.Value == application)
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => new XElement(Wd + "Interview",
                new XElement(Wd + "Interview_Event_Reference", new XElement(Wd + "ID", new XAttribute(Wd + "type", "WID"), i.Key)),
                new XElement(Wd + "Interview_Data", i.Value.Elements().Where(e => e.Name.LocalName != "Interview_Event_Reference"))))
            .ToList();
        return Envelope("Get_Interviews_Response",
            new XElement(Wd + "Response_Results", new XElement(Wd + "Total_Results", found.Count), new XElement(Wd + "Total_Pages", 1),
                new XElement(Wd + "Page_Results", found.Count), new XElement(Wd + "Page", 1)),
            new XElement(Wd + "Response_Data", found));
    }

    private WireMock.ResponseMessage PutFeedback(XElement data)
    {
        var details = data.Element(Wd + "Interview_Feedback_Details_Data")!;
        if (Invalid(details, "Interviewer_Reference", Workers.Contains) is { } badWorker)
        {
            return badWorker;
        }

        foreach (var reference in details.Descendants().Where(e => e.Name.LocalName is "Interview_Feedback_Rating_Reference" or "Competency_Reference" or "Proficiency_Rating_Reference"))
        {
            if (Invalid(reference.Parent!, reference.Name.LocalName, References.Contains) is { } badReference)
            {
                return badReference;
            }
        }

        var wid = data.Element(Wd + "Interview_Event_Reference")?.Element(Wd + "ID")?.Value ?? $"FB-EVT-{Calls.Count}";
        return Envelope("Put_Interview_Feedback_Response", new XElement(Wd + "Interview_Event_Reference", new XElement(Wd + "ID", new XAttribute(Wd + "type", "WID"), wid)));
    }
}
