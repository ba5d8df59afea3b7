using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk.Interviewers;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>
/// What the harness has for one call, from which <see cref="ConnectorHarnessOptions.ContextFactory"/> makes the
/// <see cref="ConnectorContext"/>: the same ingredients the host uses.
/// </summary>
/// <param name="InstallationId">The installation the call is for.</param>
/// <param name="Settings">The installation's settings, secrets in clear.</param>
/// <param name="HttpClient">The client pointed at your fake ATS.</param>
/// <param name="Logger">The logger for the call.</param>
/// <param name="IdempotencyKey">The host's key for a delivery; <see langword="null"/> for a connection check.</param>
public sealed record HarnessCall(Guid InstallationId, IReadOnlyDictionary<string, string> Settings, HttpClient HttpClient, ILogger Logger, string? IdempotencyKey)
{
    /// <summary>The installation's store (<see cref="ConnectorHarnessOptions.Store"/>); <see langword="null"/> for none.</summary>
    public IConnectorStore? Store { get; init; }

    /// <summary>The installation's interviewer directory (<see cref="ConnectorHarnessOptions.Interviewers"/>); <see langword="null"/> for none.</summary>
    public IInterviewerDirectory? Interviewers { get; init; }

    /// <summary>The context the host would build from these ingredients.</summary>
    /// <returns>A new <see cref="ConnectorContext"/>.</returns>
    public ConnectorContext ToContext() => new()
    {
        InstallationId = InstallationId,
        Settings = Settings,
        HttpClient = HttpClient,
        Logger = Logger,
        IdempotencyKey = IdempotencyKey,
        Store = Store,
        Interviewers = Interviewers,
    };
}
