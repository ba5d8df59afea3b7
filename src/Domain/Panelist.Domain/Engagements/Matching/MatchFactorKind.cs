namespace Panelist.Domain.Engagements.Matching;

public enum MatchFactorKind
{
    Skills,
    Languages,
    TimeZoneOverlap,
    Load,
    Rate,
    Certification,
    QualityScore,
}
