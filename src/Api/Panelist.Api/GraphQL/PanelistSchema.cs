using GraphQL.Types;
using Panelist.Api.Audits;
using Panelist.Api.Connectors;
using Panelist.Api.Engagements;
using Panelist.Api.GraphQL.Scalars;
using Panelist.Api.Interviewers;
using Panelist.Api.Interviews;
using Panelist.Api.Organizations;
using Panelist.Api.Rubrics;
using Panelist.Api.Scorecards;
using Panelist.Api.Skills;

namespace Panelist.Api.GraphQL;

/// <summary>The one schema; its SDL is exported to <c>schema/schema.graphql</c> and served at <c>/graphql/schema.graphql</c>.</summary>
public sealed class PanelistSchema : Schema
{
    public PanelistSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Panelist: the system of record for outsourced interviewing.";
        // Registered before any type refers to them, these replace the engine's scalars of the same name everywhere.
        RegisterType(new OffsetRequiredDateTimeOffsetGraphType());
        RegisterType(new OffsetRequiredDateTimeGraphType());
        // Types reachable only through the Node interface must be registered explicitly.
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(InterviewerType));
        RegisterType(typeof(SkillType));
        RegisterType(typeof(RubricType));
        RegisterType(typeof(RubricVersionType));
        RegisterType(typeof(EngagementType));
        RegisterType(typeof(AssignmentType));
        RegisterType(typeof(InterviewType));
        RegisterType(typeof(ScorecardType));
        RegisterType(typeof(CandidateFeedbackType));
        RegisterType(typeof(AuditEntryType));
        RegisterType(typeof(ConnectorInstallationType));
        RegisterType(typeof(DeliveryType));
    }
}
