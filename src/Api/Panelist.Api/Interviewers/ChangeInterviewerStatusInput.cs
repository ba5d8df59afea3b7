using GraphQL;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed record ChangeInterviewerStatusInput([property: Id] string InterviewerId, InterviewerStatus Status);
