namespace Panelist.Plugins.Sdk;

/// <summary>
/// The outcome of <see cref="IAtsConnector.DeliverAsync"/>: exactly one of <see cref="Delivered"/>,
/// <see cref="RetryLater"/> or <see cref="Rejected"/>. The set is closed: switch over it exhaustively.
/// </summary>
public abstract record DeliveryResult
{
    private protected DeliveryResult()
    {
    }
}
