using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Interviewers;

/// <summary>Freelance interviewers: search, profiles, skills, rates, compliance.</summary>
public sealed class InterviewerFeature : SchemaFeature
{
    public override int Order => 20;

    public override void AddQueries(ObjectGraphType query)
    {
        InterviewerQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        InterviewerMutations.AddTo(mutation);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<InterviewerType>("Interviewer", Roles.Everyone, (ctx, id) => InterviewerLoaders.Interviewer(ctx, id));
}
