using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Interviews;

public sealed record MarkInterviewNoShowInput([property: Id] string InterviewId,
    [property: Description("true: the candidate did not show; false: the interviewer did not.")] bool CandidateMissing);
