namespace Panelist.Domain.Compliance;

/// <summary>Which way the evidence on one factor of a classification test points.</summary>
public enum FactorAnswer
{
    /// <summary>The factor points to an independent business (for ABC: the prong is proven).</summary>
    Independent,

    /// <summary>The factor points to control and direction by the platform (for ABC: the prong fails).</summary>
    Controlled,

    /// <summary>Not established yet.</summary>
    Unknown,
}
