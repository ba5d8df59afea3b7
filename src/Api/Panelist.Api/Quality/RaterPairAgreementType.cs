using GraphQL.Types;
using Panelist.Api.Interviewers;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class RaterPairAgreementType : ObjectGraphType<RaterPairAgreement>
{
    public RaterPairAgreementType()
    {
        Name = "RaterPairAgreement";
        Field<NonNullGraphType<InterviewerType>>("first").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.First));
        Field<NonNullGraphType<InterviewerType>>("second").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.Second));
        Field<NonNullGraphType<CohenKappaType>>("kappa").Resolve(ctx => ctx.Source.Kappa);
    }
}
