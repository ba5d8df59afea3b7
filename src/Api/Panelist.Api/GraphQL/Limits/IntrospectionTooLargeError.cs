using GraphQL.Validation.Errors.Custom;

namespace Panelist.Api.GraphQL.Limits;

/// <summary>
/// An introspection document over one of <see cref="IntrospectionLimitRule"/>'s bounds. It is a complexity
/// error (clients see <c>MAX_COMPLEXITY_EXCEEDED</c>): introspection is free in the complexity model, so
/// this rule is the only thing that stops it from exploding.
/// </summary>
public sealed class IntrospectionTooLargeError(string message) : ComplexityError(message);
