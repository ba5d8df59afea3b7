using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Quality;

/// <summary>Interview audits (checklists, sampling) and calibration with inter-rater reliability (issue 15 items 3 and 4), and the live quality score (item 7).</summary>
public sealed class QualityFeature : SchemaFeature
{
    public override int Order => 95;

    public override void AddQueries(ObjectGraphType query) => QualityQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) => QualityMutations.AddTo(mutation);

    public override void AddSubscriptions(ObjectGraphType subscription) => QualitySubscriptions.AddTo(subscription);

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<AuditChecklistType>("AuditChecklist", Roles.QualityReaders, (ctx, id) => QualityLoaders.Checklist(ctx, id))
        .Add<InterviewAuditType>("InterviewAudit", Roles.QualityReaders, (ctx, id) => QualityLoaders.Audit(ctx, id))
        .Add<AuditSampleType>("AuditSample", Roles.QualityReaders, (ctx, id) => QualityLoaders.Sample(ctx, id))
        .Add<CalibrationSessionType>("CalibrationSession", Roles.CalibrationParticipants, (ctx, id) => QualityLoaders.Session(ctx, id))
        .Add<RecalibrationTaskType>("RecalibrationTask", Roles.CalibrationParticipants, (ctx, id) => QualityLoaders.Recalibration(ctx, id));
}
