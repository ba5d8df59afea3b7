using GraphQL.Types;
using Panelist.Domain.Quality.Statistics;

namespace Panelist.Api.Quality;

public sealed class CohenKappaType : ObjectGraphType<CohenKappaResult>
{
    public CohenKappaType()
    {
        Name = "CohenKappa";
        Description = "Cohen's κ, quadratically weighted (ordinal 1–4 scale), of two raters over the items both rated.";
        Field(k => k.Value, nullable: true).Description("κ_w; null when undefined (see undefinedReason).");
        Field(k => k.ObservedAgreement);
        Field(k => k.ExpectedAgreement);
        Field(k => k.Items).Description("Items both raters rated: the n behind the figure.");
        Field(k => k.UndefinedReason, nullable: true);
    }
}
