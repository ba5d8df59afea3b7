using GraphQL.Types;
using Panelist.Domain.Metrics;

namespace Panelist.Api.Metrics;

public sealed class NetPromoterScoreType : ObjectGraphType<NetPromoterScore>
{
    public NetPromoterScoreType()
    {
        Name = "NetPromoterScore";
        Description = "Candidates' 0–10 feedback scores: promoters 9–10, passives 7–8, detractors 0–6.";
        Field(n => n.Responses);
        Field(n => n.Promoters);
        Field(n => n.Passives);
        Field(n => n.Detractors);
        Field(n => n.Score, nullable: true).Description("100 × (promoters − detractors) / responses, from −100 to 100; null with no response.");
    }
}
