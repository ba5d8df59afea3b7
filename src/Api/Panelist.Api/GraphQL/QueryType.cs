using GraphQL.Types;
using Panelist.Api.Audits;
using Panelist.Api.Connectors;
using Panelist.Api.Engagements;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Interviews;
using Panelist.Api.Rubrics;
using Panelist.Api.Skills;
using Panelist.Api.Viewer;

namespace Panelist.Api.GraphQL;

/// <summary>The query root; each feature adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        NodeQueries.AddTo(this);
        ViewerQueries.AddTo(this);
        InterviewerQueries.AddTo(this);
        SkillQueries.AddTo(this);
        RubricQueries.AddTo(this);
        EngagementQueries.AddTo(this);
        AssignmentQueries.AddTo(this);
        InterviewQueries.AddTo(this);
        AuditQueries.AddTo(this);
        ConnectorCatalogQueries.AddTo(this);
        InstallationQueries.AddTo(this);
        DeliveryQueries.AddTo(this);
    }
}
