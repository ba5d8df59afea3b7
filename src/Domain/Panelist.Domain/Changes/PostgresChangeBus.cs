using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Panelist.Domain.Changes;

/// <summary>
/// Several replicas on one PostgreSQL: <c>pg_notify</c> inside the writing transaction (PostgreSQL
/// delivers it at commit and drops it on rollback), and one dedicated <c>LISTEN</c> connection per
/// process that hands every notice — this replica's own included — to the local listeners. A lost
/// listener connection is reopened with backoff; then every listener is told to resync from the
/// moment the connection was lost.
/// </summary>
public sealed class PostgresChangeBus(string connectionString, TimeProvider time, ILogger<PostgresChangeBus> logger) : ChangeBus
{
    public const string Channel = "panelist_changes";
    public const string ListenerApplicationName = "panelist-change-listener";

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task WhenListeningAsync(CancellationToken ct) => _listening.Task.WaitAsync(ct);

    public override async Task PublishInTransactionAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<ChangeNotice> notices,
        CancellationToken ct)
    {
        foreach (var payload in ChangePayload.Encode(notices))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_notify(@channel, @payload)";
            command.Parameters.Add(new NpgsqlParameter("channel", Channel));
            command.Parameters.Add(new NpgsqlParameter("payload", payload));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Delivered through LISTEN, to this replica as to the others.</summary>
    public override void Committed(IReadOnlyList<ChangeNotice> notices)
    {
    }

    public override async Task RunAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ListenerApplicationName,
            Pooling = false,
            // A silently dead TCP connection would otherwise leave WaitAsync waiting forever.
            KeepAlive = 10,
        };
        DateTime? lostAt = null;
        var delay = TimeSpan.FromMilliseconds(200);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => Dispatch(ChangePayload.Decode(e.Payload));
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                _listening.TrySetResult();
                delay = TimeSpan.FromMilliseconds(200);
                if (lostAt is { } since)
                {
                    logger.LogInformation("Change listener reconnected; resyncing live subscriptions from {Since:O}", since);
                    lostAt = null;
                    // A notice committed just before the loss may not have reached us either.
                    Resync(since - TimeSpan.FromSeconds(5));
                }

                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or DbException or InvalidOperationException or System.IO.IOException)
            {
                lostAt ??= time.GetUtcNow().UtcDateTime;
                logger.LogWarning(e, "Change listener connection lost; reconnecting in {Delay}", delay);
                try
                {
                    await Task.Delay(delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100)), time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }
}
