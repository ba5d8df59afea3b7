using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;

namespace Panelist.Api.Compliance;

/// <summary>The freelancer compliance ledger: classification by legal test, contracts, minimum rates, expiry warnings, payouts.</summary>
public sealed class ComplianceFeature : SchemaFeature
{
    private static readonly Role[] LedgerReaders = [Role.PlatformAdmin, Role.Interviewer];

    public override int Order => 25;

    public override void AddQueries(ObjectGraphType query) => ComplianceQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) => ComplianceMutations.AddTo(mutation);

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<ClassificationRecordType>("ClassificationRecord", LedgerReaders, (ctx, id) => ComplianceLoaders.Classification(ctx, id))
        .Add<FreelanceContractType>("FreelanceContract", LedgerReaders, (ctx, id) => ComplianceLoaders.Contract(ctx, id))
        .Add<PayoutStatementType>("PayoutStatement", LedgerReaders, (ctx, id) => ComplianceLoaders.Payout(ctx, id))
        .Add<MinimumRateRuleType>("MinimumRateRule", Roles.Everyone, (ctx, id) => ComplianceLoaders.MinimumRate(ctx, id));
}
