namespace Panelist.Api.Startup;

/// <summary>What a start does to the database before serving; on in Development, off elsewhere.</summary>
public sealed class StartupOptions
{
    public const string Section = "Startup";

    public bool MigrateDatabase { get; set; }

    public bool SeedDemoData { get; set; }
}
