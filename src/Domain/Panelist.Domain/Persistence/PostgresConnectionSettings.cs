using Npgsql;

namespace Panelist.Domain.Persistence;

/// <summary>
/// How Panelist's pooled PostgreSQL connections run, where the configured connection string does not say otherwise.
/// </summary>
public static class PostgresConnectionSettings
{
    /// <summary>Statements kept prepared per connection (Npgsql's automatic preparation, least recently used out).</summary>
    public const int AutoPreparedStatements = 100;

    /// <summary>
    /// <list type="bullet">
    /// <item><c>No Reset On Close</c>: EF returns the connection to the pool after each query, and Npgsql then sent
    /// <c>DISCARD ALL</c> ahead of the next one: a full session reset per statement, three for a page of three
    /// queries. Panelist leaves no session state behind: the one session-level lock (the idempotency key's advisory
    /// lock) is released before its connection goes back, temporary tables are dropped by the statement list that
    /// made them, and LISTEN has a connection of its own outside the pool.</item>
    /// <item><c>Max Auto Prepare</c>: a statement run five times is prepared on that connection, so PostgreSQL skips
    /// parsing and planning it afterwards (the interviewer search planned for 0.5 ms each time). EF names every
    /// column it reads, so a later migration cannot change a prepared statement's result type.</item>
    /// </list>
    /// </summary>
    public static string Apply(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present, so the plain parse tells what the string chose.
        var chosen = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            // Left as configured: Npgsql refuses it, with its own message, when it first connects.
            return connectionString;
        }

        if (!Chooses(chosen, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        if (!Chooses(chosen, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }

    /// <summary>The keyword as Npgsql documents it ("No Reset On Close") or run together ("NoResetOnClose"), in any case.</summary>
    private static bool Chooses(System.Data.Common.DbConnectionStringBuilder chosen, string keyword) =>
        chosen.ContainsKey(keyword) || chosen.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));
}
