namespace Panelist.Plugins.Tests.Vendor;

/// <summary>
/// The vendor workflow runs several dotnet processes (pack, new, build) on a 2-core machine: alone, so that
/// neither it nor the timing-sensitive delivery tests starve each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class VendorWorkflowGroup
{
    public const string Name = "Vendor workflow";
}
