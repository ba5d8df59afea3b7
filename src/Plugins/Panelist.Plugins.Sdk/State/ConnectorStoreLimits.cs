namespace Panelist.Plugins.Sdk.State;

/// <summary>The bounds of <see cref="IConnectorStore"/> keys and values, the same on every host.</summary>
public static class ConnectorStoreLimits
{
    /// <summary>The longest key, in characters (UTF-16 code units, as <see cref="string.Length"/> counts them).</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The longest value, in characters; room for a large OAuth token or a small JSON document, not for files.</summary>
    public const int MaxValueLength = 16_384;
}
