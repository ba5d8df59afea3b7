using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Api.Interviews;
using Panelist.Domain.CandidatePages;
using Panelist.Domain.Interviews;

namespace Panelist.Api.CandidatePages;

/// <summary>The candidate page's staff side: issuing links and setting what the page shows.</summary>
public sealed class CandidatePageFeature : SchemaFeature
{
    public override int Order => 75;

    public override void AddQueries(ObjectGraphType query) => CandidatePageQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) =>
        mutation.Mutation<InterviewType, SetCandidatePageDetailsInput, Interview>("setCandidatePageDetails", "interview",
            "Sets the join URL (https), the candidate's time zone (IANA) and language (ISO 639-1) that the candidate page shows.", Roles.Staff,
            (ctx, input) => ctx.Service<CandidatePageService>().SetDetailsAsync(
                InputIds.Decode(input.InterviewId, "Interview", nameof(input.InterviewId)), input.JoinUrl, input.CandidateTimeZone, input.CandidateLanguage,
                ctx.CancellationToken));
}
