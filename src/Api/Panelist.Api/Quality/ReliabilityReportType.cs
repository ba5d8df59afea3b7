using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.Interviewers;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public sealed class ReliabilityReportType : ObjectGraphType<ReliabilityReport>
{
    public ReliabilityReportType()
    {
        Name = "ReliabilityReport";
        Description = "Inter-rater reliability of calibration ratings. An item is one criterion of one interview in one session, rated 1–4.";
        Field(r => r.Ratings).Description("Ratings the report rests on.");
        Field(r => r.Items).Description("Items rated by anyone.");
        Field(r => r.CompleteItems).Description("Items rated by every rater (what Fleiss' κ and the ICCs use).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerType>>>>("raters").Description("Every interviewer with a rating in the report.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.Source.Raters;
                var found = await ctx.Db().Interviewers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ctx.CancellationToken);
                return (object)ids.Select(id => found[id]).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RaterPairAgreementType>>>>("pairs").Description("Every pair of raters with a shared item.")
            .Resolve(ctx => ctx.Source.Pairs);
        Field<FleissKappaType>("fleissKappa").Description("Null with fleissKappaUnavailable when it cannot be computed.").Resolve(ctx => ctx.Source.Fleiss);
        Field<StringGraphType>("fleissKappaUnavailable").Resolve(ctx => ctx.Source.FleissUnavailable);
        Field<IntraclassCorrelationType>("icc").Description("Null with iccUnavailable when it cannot be computed.").Resolve(ctx => ctx.Source.Icc);
        Field(r => r.IccUnavailable, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RaterLeniencyType>>>>("leniency").Resolve(ctx => ctx.Source.Leniency);
    }
}
