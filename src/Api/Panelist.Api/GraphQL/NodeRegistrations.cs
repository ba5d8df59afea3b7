using Panelist.Api.Audits;
using Panelist.Api.Connectors;
using Panelist.Api.Engagements;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Interviews;
using Panelist.Api.Organizations;
using Panelist.Api.Rubrics;
using Panelist.Api.Scorecards;
using Panelist.Api.Skills;

namespace Panelist.Api.GraphQL;

/// <summary>Every Node type: who may fetch it by id, and its batch loader (which applies tenant visibility).</summary>
public static class NodeRegistrations
{
    public static NodeTypes Create() => new NodeTypes()
        .Add("Organization", Roles.Everyone, (ctx, id) => OrganizationLoaders.Organization(ctx, id))
        .Add("Interviewer", Roles.Everyone, (ctx, id) => InterviewerLoaders.Interviewer(ctx, id))
        .Add("Skill", Roles.Everyone, (ctx, id) => SkillLoaders.Skill(ctx, id))
        .Add("Rubric", Roles.Everyone, (ctx, id) => RubricLoaders.Rubric(ctx, id))
        .Add("RubricVersion", Roles.Everyone, (ctx, id) => RubricLoaders.Version(ctx, id))
        .Add("Engagement", Roles.Everyone, (ctx, id) => EngagementLoaders.Engagement(ctx, id))
        .Add("Assignment", Roles.Everyone, (ctx, id) => EngagementLoaders.Assignment(ctx, id))
        .Add("Interview", Roles.Everyone, (ctx, id) => InterviewLoaders.Interview(ctx, id))
        .Add("Scorecard", Roles.Evaluations, (ctx, id) => ScorecardLoaders.Scorecard(ctx, id))
        .Add("CandidateFeedback", Roles.Organization, (ctx, id) => ScorecardLoaders.Feedback(ctx, id))
        .Add("AuditEntry", Roles.AuditTrail, (ctx, id) => AuditQueries.Entry(ctx, id))
        .Add("ConnectorInstallation", Roles.ConnectorAdmins, (ctx, id) => ConnectorLoaders.Installation(ctx, id))
        .Add("Delivery", Roles.ConnectorAdmins, (ctx, id) => ConnectorLoaders.Delivery(ctx, id));
}
