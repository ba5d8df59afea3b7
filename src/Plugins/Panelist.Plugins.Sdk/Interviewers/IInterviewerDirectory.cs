namespace Panelist.Plugins.Sdk.Interviewers;

/// <summary>
/// How the installation's client names Panelist interviewers at the vendor. Interviewers' e-mail addresses are
/// private and never reach a connector: a client admin maps each interviewer to a vendor user, and where the
/// vendor accepts addresses that are not users, configures a relay-address pattern instead.
/// </summary>
public interface IInterviewerDirectory
{
    /// <summary>The vendor identity of an interviewer for this installation, or <see langword="null"/> when none is configured.</summary>
    /// <param name="interviewerId">Panelist's stable interviewer id, as the events carry it.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns>The mapped user and/or the relay address, or <see langword="null"/>: then send no interviewer identity.</returns>
    Task<VendorUser?> FindAsync(Guid interviewerId, CancellationToken cancellationToken);
}
