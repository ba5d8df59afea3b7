namespace Panelist.Testing.Databases;

/// <summary>
/// Where the tests find PostgreSQL. The README's test command always sets
/// <c>PANELIST_TEST_POSTGRES</c> (starting a throwaway server if needed) and
/// <c>PANELIST_REQUIRE_POSTGRES=1</c>, so there a missing server fails; a bare
/// <c>dotnet test</c> on a laptop without it skips the PostgreSQL cases.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("PANELIST_TEST_POSTGRES");

    public static bool PostgresRequired => Environment.GetEnvironmentVariable("PANELIST_REQUIRE_POSTGRES") == "1";

    public static bool PostgresEnabled => PostgresRequired || !string.IsNullOrEmpty(PostgresConnectionString);
}
