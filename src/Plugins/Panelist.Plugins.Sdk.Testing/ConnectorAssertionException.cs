namespace Panelist.Plugins.Sdk.Testing;

/// <summary>A check of the harness failed; every test framework reports it as a failed test with this message.</summary>
public sealed class ConnectorAssertionException : Exception
{
    /// <summary>A failed check.</summary>
    public ConnectorAssertionException()
    {
    }

    /// <summary>A failed check.</summary>
    /// <param name="message">What was expected and what happened.</param>
    public ConnectorAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>A failed check.</summary>
    /// <param name="message">What was expected and what happened.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
