using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

/// <summary>How a client admin names interviewers towards an installation's ATS (never by their private e-mail).</summary>
public static class InterviewerMappingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InterviewerMappingType, MapInterviewerInput, InterviewerMapping>("mapInterviewer", "mapping",
            "Maps an interviewer to a vendor user of the installation's ATS (replacing an earlier mapping); connectors send that user instead of an e-mail.",
            Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<InterviewerMappingService>().MapAsync(ConnectorMutations.Id(input.InstallationId),
                InputIds.Decode(input.InterviewerId, "Interviewer", nameof(input.InterviewerId)), input.VendorUserId, ctx.CancellationToken));

        mutation.Mutation<InterviewerMappingType, UnmapInterviewerInput, InterviewerMapping>("unmapInterviewer", "mapping",
            "Removes an interviewer's vendor user; connectors then use the relay address, if the installation has a pattern.", Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<InterviewerMappingService>().UnmapAsync(ConnectorMutations.Id(input.InstallationId),
                InputIds.Decode(input.InterviewerId, "Interviewer", nameof(input.InterviewerId)), ctx.CancellationToken));

        mutation.Mutation<ConnectorInstallationType, SetRelayAddressPatternInput, ConnectorInstallation>("setRelayAddressPattern", "installation",
            "Sets how unmapped interviewers are addressed at ATSs that accept addresses that are not users: a pattern with {interviewerId} before the @, "
            + "e.g. interviewer-{interviewerId}@relay.example.com. Null clears it.", Roles.ConnectorAdmins,
            (ctx, input) => ctx.Service<InterviewerMappingService>().SetRelayAddressPatternAsync(ConnectorMutations.Id(input.InstallationId), input.Pattern,
                ctx.CancellationToken));
    }
}
