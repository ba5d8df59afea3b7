namespace Panelist.Domain.Engagements;

public enum PricingModel
{
    PerInterview,
    Hourly,
}
