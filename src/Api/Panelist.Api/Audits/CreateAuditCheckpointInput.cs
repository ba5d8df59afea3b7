namespace Panelist.Api.Audits;

/// <param name="Reason">Why the checkpoint was asked for (an export, an audit); recorded in the trail.</param>
public sealed record CreateAuditCheckpointInput(string? Reason);
