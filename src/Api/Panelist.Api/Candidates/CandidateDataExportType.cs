using GraphQL.Types;

namespace Panelist.Api.Candidates;

public sealed class CandidateDataExportType : ObjectGraphType<CandidateDataExport>
{
    public CandidateDataExportType()
    {
        Name = "CandidateDataExport";
        Description = "A data subject access request's answer.";
        Field<NonNullGraphType<CandidateType>>("candidate").Resolve(ctx => CandidateLoaders.Candidate(ctx, ctx.Source.CandidateId));
        Field(e => e.GeneratedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(e => e.Document).Description(
            "JSON text: the person's details, every interview (engagement, times, status, ATS references), scorecard (ratings, evidence, "
            + "recommendation), feedback they gave, legal holds and the access log.");
    }
}
