using GraphQL.Types;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Api.Quality;

public sealed class FleissKappaType : ObjectGraphType<FleissKappaResult>
{
    public FleissKappaType()
    {
        Name = "FleissKappa";
        Description = "Fleiss' (1971) κ over the items every rater rated.";
        Field(k => k.Value, nullable: true).Description("κ; null when undefined (see undefinedReason).");
        Field(k => k.MeanAgreement);
        Field(k => k.ExpectedAgreement);
        Field(k => k.Items).Description("Items rated by every rater: the n behind the figure.");
        Field(k => k.RatersPerItem);
        Field(k => k.UndefinedReason, nullable: true);
    }
}
