using System.ComponentModel.DataAnnotations;

namespace Panelist.Domain.Persistence;

/// <summary>The <c>Database</c> configuration section: which provider, and where.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/panelist.db";
}
