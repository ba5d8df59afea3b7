namespace Panelist.Api.Tests.Inputs;

public enum ValueKind
{
    /// <summary>A string where a number is expected ("NaN", "Infinity").</summary>
    NotANumber,

    /// <summary>A number the GraphQL scalar cannot hold (a fraction for an Int, 1e30 for a Decimal).</summary>
    BeyondScalar,

    OutOfRange,
    InRange,
}
