using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Panelist.Api.Tests.Execution;

/// <summary>Delays every SQL reader command (honouring cancellation), to make a request reliably outlast its time limit.</summary>
public sealed class SlowCommands(TimeSpan delay) : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return result;
    }
}
