using System.Collections.Concurrent;
using Panelist.Plugins.Sdk.Interviewers;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>
/// An <see cref="IInterviewerDirectory"/> in memory, answering as the host does: the vendor user a client admin
/// mapped (<see cref="Map"/>), the relay address from <see cref="RelayAddressPattern"/>, both, or <see langword="null"/>
/// when neither is configured. Empty by default, like a new installation.
/// </summary>
public sealed class InMemoryInterviewerDirectory : IInterviewerDirectory
{
    /// <summary>The placeholder a relay-address pattern carries once before the <c>@</c>; it becomes the interviewer id (<c>D</c> format).</summary>
    public const string InterviewerIdPlaceholder = "{interviewerId}";

    private readonly ConcurrentDictionary<Guid, string> _users = new();

    /// <summary>
    /// The installation's relay-address pattern, e.g. <c>interviewer-{interviewerId}@relay.example.com</c>, as a client admin
    /// sets it with <c>setRelayAddressPattern</c>; <see langword="null"/> (the default) for none.
    /// </summary>
    public string? RelayAddressPattern { get; set; }

    /// <summary>Maps an interviewer to a vendor user, as <c>mapInterviewer</c> does; a second call replaces the first.</summary>
    /// <param name="interviewerId">Panelist's interviewer id, as the events carry it.</param>
    /// <param name="vendorUserId">The vendor's user id.</param>
    /// <returns>This directory, to chain calls.</returns>
    public InMemoryInterviewerDirectory Map(Guid interviewerId, string vendorUserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendorUserId);
        _users[interviewerId] = vendorUserId;
        return this;
    }

    /// <summary>Removes an interviewer's mapping, as <c>unmapInterviewer</c> does.</summary>
    /// <param name="interviewerId">Panelist's interviewer id.</param>
    /// <returns><see langword="true"/> when there was a mapping.</returns>
    public bool Unmap(Guid interviewerId) => _users.TryRemove(interviewerId, out _);

    /// <inheritdoc />
    public Task<VendorUser?> FindAsync(Guid interviewerId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var userId = _users.TryGetValue(interviewerId, out var mapped) ? mapped : null;
        var relay = RelayAddressPattern?.Replace(InterviewerIdPlaceholder, interviewerId.ToString("D"), StringComparison.Ordinal);
        return Task.FromResult(userId is null && relay is null ? null : new VendorUser { UserId = userId, RelayAddress = relay });
    }
}
