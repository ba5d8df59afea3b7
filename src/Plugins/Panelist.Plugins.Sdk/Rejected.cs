namespace Panelist.Plugins.Sdk;

/// <summary>
/// A permanent failure: the ATS refused the event and sending it again would not help (a validation error,
/// an unknown application, a revoked permission). The host dead-letters the delivery with the reason.
/// </summary>
/// <param name="Code">A stable SCREAMING_SNAKE code (e.g. <c>APPLICATION_NOT_FOUND</c>, <c>HTTP_422</c>).</param>
/// <param name="Reason">What the ATS said, for the admin; never a secret.</param>
public sealed record Rejected(string Code, string Reason) : DeliveryResult;
