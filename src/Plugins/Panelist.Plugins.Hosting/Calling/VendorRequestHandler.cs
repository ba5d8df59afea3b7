using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Sdk;
using Polly.Timeout;

namespace Panelist.Plugins.Hosting.Calling;

/// <summary>
/// The outermost handler of an installation's HttpClient, so it sees every request a connector sends (token
/// calls, lookups, writes): it honours a throttle the vendor already announced, waits for a slot of the
/// per-installation concurrency limit, takes each request from the vendor's rate limit (a window shared by
/// all replicas through the database), and notes 429s and Retry-After answers for the dispatcher.
/// </summary>
internal sealed class VendorRequestHandler(ConnectorInstallation installation, RateLimit? limit, SemaphoreSlim? gate, InstallationThrottles throttles,
    IServiceScopeFactory scopes, CallObservation observation, TimeProvider time) : DelegatingHandler
{
    /// <summary>The longest a request waits in the handler for the next rate window; longer waits become a throttle (the row is put back).</summary>
    private static readonly TimeSpan MaxRateWait = TimeSpan.FromSeconds(2);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (throttles.Remaining(installation.Id) is { } held)
        {
            return Throttle(request, held, "the ATS asked to wait (Retry-After) before any further request");
        }

        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            if (await TakeAsync(cancellationToken) is { } wait)
            {
                return Throttle(request, wait, $"the vendor's rate limit ({limit!.Requests} requests per {limit.Period.TotalSeconds:0.###} s) is used up");
            }

            observation.Sent();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (TimeoutRejectedException e)
            {
                // The per-request timeout; connectors know it as HttpClient's own timeout, a TaskCanceledException.
                throw new TaskCanceledException($"The ATS did not answer {request.Method} {request.RequestUri?.AbsolutePath} in time.", new TimeoutException(e.Message, e));
            }

            Observe(response);
            return response;
        }
        finally
        {
            gate?.Release();
        }
    }

    /// <summary>Null when the request may go now; otherwise how long the caller should wait.</summary>
    private async Task<TimeSpan?> TakeAsync(CancellationToken cancellationToken)
    {
        if (limit is null)
        {
            return null;
        }

        while (true)
        {
            TimeSpan? wait;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                wait = await scope.ServiceProvider.GetRequiredService<VendorRateLimit>().TryTakeAsync(installation.Id, limit.Requests, limit.Period, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new HttpRequestException($"The host could not count the request against the vendor's rate limit: {e.Message}", e);
            }

            if (wait is not { } later)
            {
                return null;
            }

            if (later > MaxRateWait)
            {
                return later;
            }

            await Task.Delay(later + TimeSpan.FromMilliseconds(5), time, cancellationToken);
        }
    }

    private void Observe(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
            _ => (TimeSpan?)null,
        };
        if (response.StatusCode == HttpStatusCode.TooManyRequests || retryAfter is not null)
        {
            var wait = retryAfter ?? TimeSpan.Zero;
            observation.Throttled(wait, $"the ATS throttled the installation ({(int)response.StatusCode}{(retryAfter is null ? "" : $", Retry-After {wait.TotalSeconds:0.###} s")})");
            throttles.Hold(installation.Id, wait);
        }
    }

    private HttpResponseMessage Throttle(HttpRequestMessage request, TimeSpan wait, string reason)
    {
        observation.Throttled(wait, reason);
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request, Content = new StringContent($"Not sent: {reason}.") };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds))));
        return response;
    }
}
