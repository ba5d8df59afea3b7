namespace Panelist.Domain.Integrations;

/// <summary>A claimed delivery with its installation's connector and settings, handed to the dispatcher to attempt.</summary>
public sealed record DueDelivery(Delivery Delivery, ConnectorInstallation Installation);
