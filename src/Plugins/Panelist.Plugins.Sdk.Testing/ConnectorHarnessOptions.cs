using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Plugins.Sdk.Interviewers;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>How <see cref="ConnectorHarness"/> calls the connector: the installation it pretends to be and the client it hands over.</summary>
public sealed class ConnectorHarnessOptions
{
    /// <summary>The client the connector gets as <see cref="ConnectorContext.HttpClient"/>; point it (through your settings) at your fake ATS.</summary>
    public required HttpClient HttpClient { get; init; }

    /// <summary>The installation's settings by field name, secrets in clear, as the host hands them over.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The installation id; a fixed one by default, so that idempotency keys are the same from run to run.</summary>
    public Guid InstallationId { get; init; } = new("0197a7c0-0000-7000-8000-00000000beef");

    /// <summary>The logger the connector gets.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The time a call may take before its token is cancelled, as the host's call budget (30 s by default) does.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The installation's <see cref="ConnectorContext.Store"/>, the same for every call of the harness, so what one
    /// attempt writes the next one reads: a new <see cref="InMemoryConnectorStore"/> by default. <see langword="null"/>
    /// plays a host before SDK 1.1, which gives none.
    /// </summary>
    public IConnectorStore? Store { get; init; } = new InMemoryConnectorStore();

    /// <summary>
    /// The installation's <see cref="ConnectorContext.Interviewers"/>: a new, empty <see cref="InMemoryInterviewerDirectory"/>
    /// by default (map interviewers on it). <see langword="null"/> plays a host before SDK 1.1.
    /// </summary>
    public IInterviewerDirectory? Interviewers { get; init; } = new InMemoryInterviewerDirectory();

    /// <summary>
    /// Makes the context for each call. The default is <see cref="HarnessCall.ToContext"/>, which sets every member
    /// from the call's ingredients, <see cref="Store"/> and <see cref="Interviewers"/> included; supply your own to
    /// change one (a store that fails, say) or to set context members a newer SDK adds.
    /// </summary>
    public Func<HarnessCall, ConnectorContext> ContextFactory { get; init; } = call => call.ToContext();
}
