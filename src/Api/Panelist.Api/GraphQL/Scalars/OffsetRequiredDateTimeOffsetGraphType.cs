using GraphQL.Types;
using GraphQLParser.AST;

namespace Panelist.Api.GraphQL.Scalars;

/// <summary>
/// Replaces the engine's <c>DateTimeOffset</c> scalar (same name, so the SDL keeps it) for every
/// input at once: values without an offset are refused instead of being read as UTC.
/// </summary>
public sealed class OffsetRequiredDateTimeOffsetGraphType : DateTimeOffsetGraphType
{
    public OffsetRequiredDateTimeOffsetGraphType()
    {
        Name = "DateTimeOffset";
        Description = "An instant: ISO-8601 date and time with an offset from UTC, e.g. 2027-01-01T10:00:00Z or 2027-01-01T10:00:00+02:00. "
            + "Values without an offset are refused.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Instants.Parse((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        DateTimeOffset => value,
        string text => Instants.Parse(text),
        null => null,
        _ => ThrowValueConversionError(value),
    };
}
