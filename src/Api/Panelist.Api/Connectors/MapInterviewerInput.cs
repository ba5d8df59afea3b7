using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record MapInterviewerInput([property: Id] string InstallationId, [property: Id] string InterviewerId, string VendorUserId);
