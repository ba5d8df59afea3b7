namespace Panelist.Api.Notifications;

/// <summary>A template rendered over sample data, or why it does not render.</summary>
public sealed record TemplatePreview(string? Subject, string? Body, IReadOnlyList<GraphQL.Mutations.UserError> Errors);
