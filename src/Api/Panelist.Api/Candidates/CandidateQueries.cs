using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

public sealed class CandidateQueries : IConnectionSource<Candidate>
{
    private CandidateQueries()
    {
    }

    public static string Entity => "Candidate";

    public static FilterSpec<Candidate> Filters { get; } = new FilterSpec<Candidate>()
        .Text("atsCandidateId", c => c.AtsCandidateId!)
        .Field<DateTime, DateTimeFilterInputType>("createdAt", c => c.CreatedAt)
        .Field<DateTime?, DateTimeFilterInputType>("erasedAt", c => c.ErasedAt);

    public static SortSpec<Candidate> Sorts { get; } = new SortSpec<Candidate>(c => c.Id)
        .Default("createdAt", c => c.CreatedAt, descending: true)
        .Field("createdAt", c => c.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<CandidateQueries, CandidateType, Candidate>("candidates",
                "Your organization's candidates (personal data: recruiters, client admins, auditors and platform admins). "
                + "`email` finds the one person with that address, through a keyed hash: addresses are never stored in plain text.",
                Roles.PersonalData, ctx =>
                {
                    var candidates = CandidateVisibility.Candidates(ctx);
                    var email = ctx.GetArgument<string?>("email");
                    if (string.IsNullOrWhiteSpace(email))
                    {
                        return candidates;
                    }

                    var lookup = ctx.Service<CandidateVault>().EmailLookup(ctx.Request().RequireOrganization(), email);
                    return candidates.Where(c => c.EmailLookup == lookup);
                })
            .Argument<StringGraphType>("email", "An e-mail address, in any case.");

        query.Field<CandidateDataExportType>("exportCandidateData")
            .Description("Everything Panelist holds about one candidate, as JSON: the answer to a data subject's access request (client admins, platform admins). Each export is itself audited and shows in the candidate's accessLog.")
            .Argument<NonNullGraphType<IdGraphType>>("candidateId")
            .AllowRoles(Roles.Admins)
            .ResolveAsync(async ctx => await CandidateExport.ExportAsync(ctx, NodeQueries.IdOf(ctx, "Candidate", "candidateId")));
    }
}
