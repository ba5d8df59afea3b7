namespace Panelist.Domain.Metrics;

/// <summary>Candidates' 0–10 ratings: promoters 9–10, passives 7–8, detractors 0–6.</summary>
public sealed record NetPromoterScore(int Promoters, int Passives, int Detractors)
{
    public int Responses => Promoters + Passives + Detractors;

    /// <summary>% promoters − % detractors, from −100 to 100; null with no response.</summary>
    public double? Score => Responses == 0 ? null : 100.0 * (Promoters - Detractors) / Responses;

    public static NetPromoterScore Of(IEnumerable<int> scores)
    {
        var all = scores.ToList();
        return new NetPromoterScore(all.Count(s => s >= 9), all.Count(s => s is 7 or 8), all.Count(s => s <= 6));
    }
}
