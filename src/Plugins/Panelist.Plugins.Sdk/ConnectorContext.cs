using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk.Interviewers;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Plugins.Sdk;

/// <summary>What the host hands a connector for one call on behalf of one installation.</summary>
public sealed class ConnectorContext
{
    /// <summary>The installation (one organization's use of the connector) the call is for.</summary>
    public required Guid InstallationId { get; init; }

    /// <summary>The installation's settings by <see cref="SettingField.Name"/>, secrets decrypted. Never log them.</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    /// <summary>
    /// An <see cref="System.Net.Http.HttpClient"/> owned by the host, with its timeout set. Use it rather than
    /// creating clients; do not dispose it or change its defaults.
    /// </summary>
    public required HttpClient HttpClient { get; init; }

    /// <summary>A logger scoped to the connector and the installation.</summary>
    public required ILogger Logger { get; init; }

    /// <summary>
    /// During <see cref="IAtsConnector.DeliverAsync"/>: a key made of the event id and the installation id,
    /// the same on every attempt of the same delivery. Send it to the ATS (an <c>Idempotency-Key</c> header,
    /// an external id field) so that a repeated delivery has no second effect. <see langword="null"/> in
    /// other calls.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Since 1.1: the installation's durable key/value state (vendor ids, cached tokens), written outside the
    /// delivery so that it survives a <see cref="RetryLater"/>. <see langword="null"/> on hosts before 1.1 and in
    /// test contexts that provide none: check before use.
    /// </summary>
    public IConnectorStore? Store { get; init; }

    /// <summary>
    /// Since 1.1: the vendor users (or relay addresses) the installation's client mapped interviewers to; never
    /// an interviewer's e-mail. <see langword="null"/> on hosts before 1.1: then send no interviewer identity.
    /// </summary>
    public IInterviewerDirectory? Interviewers { get; init; }
}
