using GraphQL.Types;
using Panelist.Api.Connectors;
using Panelist.Api.Engagements;
using Panelist.Api.Interviewers;
using Panelist.Api.Interviews;
using Panelist.Api.Rubrics;
using Panelist.Api.Scorecards;
using Panelist.Api.Skills;

namespace Panelist.Api.GraphQL;

/// <summary>The mutation root: one mutation per state change the domain services offer.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        InterviewerMutations.AddTo(this);
        SkillMutations.AddTo(this);
        RubricMutations.AddTo(this);
        EngagementMutations.AddTo(this);
        AssignmentMutations.AddTo(this);
        InterviewMutations.AddTo(this);
        ScorecardMutations.AddTo(this);
        ConnectorMutations.AddTo(this);
        ConnectionTest.AddTo(this);
    }
}
