using System.Reflection;

namespace Panelist.Plugins.Hosting.Loading;

/// <summary>
/// Every call into plugin code goes through here: on a thread-pool thread (so a connector that blocks
/// synchronously cannot block the caller), with a time budget the connector sees as a cancellation token,
/// and abandoned when it outlives the budget even if it ignores the token. Exceptions become descriptions.
/// </summary>
internal static class ConnectorGuard
{
    private const int MaxFailureLength = 500;

    /// <summary>How long a call past its budget may take to honour the cancellation before it counts as hung.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> (the host's own) is cancelled.</exception>
    public static async Task<GuardOutcome<T>> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeout);
        var task = Task.Run(() => call(budget.Token), CancellationToken.None);

        // An abandoned call may still fail later; observe it so that it never surfaces as an unobserved exception.
        _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        try
        {
            await task.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Plugin code may throw anything; the outcome is judged from the task below.
        catch (Exception)
#pragma warning restore CA1031
        {
            // The WaitAsync timeout and the budget's cancellation race; the task's own status says which won.
        }

        if (!task.IsCompleted)
        {
            // Cancelled by the budget, a well-behaved connector returns promptly; one that does not is hung.
            await Task.WhenAny(task, Task.Delay(timeout < Grace * 4 ? timeout / 4 : Grace, CancellationToken.None));
        }

        var outcome = Judge(task, budget);

        // A call still running keeps its budget, whose timer cancels it; disposing now would stop the timer.
        if (task.IsCompleted)
        {
            budget.Dispose();
        }

        return outcome;
    }

    private static GuardOutcome<T> Judge<T>(Task<T> task, CancellationTokenSource budget)
        where T : class => task.Status switch
        {
            TaskStatus.RanToCompletion => task.Result is { } value ? GuardOutcome<T>.Answered(value) : GuardOutcome<T>.Failed("returned null"),
            TaskStatus.Canceled or TaskStatus.Faulted when budget.IsCancellationRequested
                && (task.IsCanceled || task.Exception!.InnerException is OperationCanceledException) => GuardOutcome<T>.Expired(hung: false),
            TaskStatus.Canceled => GuardOutcome<T>.Failed("cancelled itself"),
            TaskStatus.Faulted => GuardOutcome<T>.Failed(Describe(task.Exception!)),
            _ => GuardOutcome<T>.Expired(hung: true),
        };

    /// <summary>"TypeName: message", without running more plugin code than needed (a Message getter can throw too).</summary>
    public static string Describe(Exception exception)
    {
        while (exception is TargetInvocationException or AggregateException { InnerExceptions.Count: 1 } && exception.InnerException is { } inner)
        {
            exception = inner;
        }

        string message;
        try
        {
            message = exception.Message;
        }
#pragma warning disable CA1031 // See above: an exception's own Message may be plugin code.
        catch (Exception)
#pragma warning restore CA1031
        {
            message = "(no message)";
        }

        var text = $"{exception.GetType().Name}: {message}";
        return text.Length <= MaxFailureLength ? text : text[..MaxFailureLength] + "…";
    }
}
