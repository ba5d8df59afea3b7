using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Fairness;

namespace Panelist.Api.Fairness;

public static class FairnessMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<DemographicsImportResultType, ImportCandidateDemographicsInput, DemographicsImportResult>("importCandidateDemographics", "import",
            "Imports candidates' voluntary, self-identified demographics from the ATS (replacing what each had on record), sealed under each candidate's key. "
            + "All or nothing; audited (candidate_demographics.imported, counts only). No query ever returns a candidate's answer.", Roles.Admins,
            (ctx, input) => ctx.Service<CandidateDemographicsService>().ImportAsync(
                [.. input.Rows.Select((r, i) => new DemographicsImportRow(InputIds.Decode(r.CandidateId, "Candidate", nameof(input.Rows), i, nameof(r.CandidateId)), r.Sex, r.RaceEthnicity))],
                ctx.CancellationToken));
}
