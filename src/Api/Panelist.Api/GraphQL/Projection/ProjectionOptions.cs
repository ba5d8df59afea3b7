namespace Panelist.Api.GraphQL.Projection;

/// <summary>The <c>Projection</c> section: whether batch reads name only the columns a request selects.</summary>
public sealed class ProjectionOptions
{
    public const string Section = "Projection";

    /// <summary>
    /// On by default. Off, every read loads whole rows: the answer must be the same (ProjectionEquivalenceTests holds
    /// the two to it), so this is the switch to compare them, or to rule projection out when a field reads wrong.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
