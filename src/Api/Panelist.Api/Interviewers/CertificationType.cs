using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.Rubrics;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class CertificationType : ObjectGraphType<Certification>
{
    public CertificationType()
    {
        Name = "Certification";
        Description = "Calibration on a rubric; lapses at expiresAt.";
        Field<NonNullGraphType<RubricType>>("rubric").Resolve(ctx => RubricLoaders.Certified(ctx, ctx.Source.RubricId));
        Field(c => c.CertifiedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(c => c.ExpiresAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field<NonNullGraphType<BooleanGraphType>>("valid").Resolve(ctx => ctx.Source.IsValidAt(Clock.Now(ctx.Service<TimeProvider>())));
    }
}
