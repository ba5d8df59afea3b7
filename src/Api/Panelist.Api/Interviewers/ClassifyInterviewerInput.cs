using GraphQL;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed record ClassifyInterviewerInput([property: Id] string InterviewerId, ClassificationType Classification, string Jurisdiction);
