namespace Panelist.Testing.Databases;

/// <summary>A fact that needs PostgreSQL: skipped only when no server is configured and none is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestEnvironment.PostgresEnabled)
        {
            Skip = "PANELIST_TEST_POSTGRES is not set; the README's test command sets it.";
        }
    }
}
