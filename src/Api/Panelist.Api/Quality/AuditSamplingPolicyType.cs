using GraphQL.Types;
using Panelist.Domain.Organizations;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditSamplingPolicyType : ObjectGraphType<AuditSamplingPolicy>
{
    public AuditSamplingPolicyType()
    {
        Name = "AuditSamplingPolicy";
        Description = "Which share of each interviewer's completed interviews goes to audit; the highest applicable share wins.";
        Field<NonNullGraphType<BooleanGraphType>>("isPlatformDefault").Description("True when the organization has no policy of its own.")
            .Resolve(ctx => ctx.Source.OrganizationId == Organization.PlatformId);
        Field(p => p.BaseShare);
        Field(p => p.NewInterviewerShare);
        Field(p => p.NewInterviewerThreshold).Description("Interviewers with fewer completed interviews on the platform are new.");
        Field(p => p.FlaggedShare).Description("For interviewers whose latest audit here failed.");
    }
}
