using GraphQL.Types;
using GraphQLParser.AST;

namespace Panelist.Api.GraphQL.Scalars;

/// <summary>
/// Replaces the engine's <c>DateTime</c> scalar (same name, same output) so that a <c>DateTime</c>
/// input, should one appear, refuses values without an offset as <c>DateTimeOffset</c> does; read as UTC.
/// </summary>
public sealed class OffsetRequiredDateTimeGraphType : DateTimeGraphType
{
    public OffsetRequiredDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "A UTC instant in ISO-8601, e.g. 2027-01-01T10:00:00Z. As input it needs an offset from UTC; values without one are refused.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Instants.Parse((string)text.Value).UtcDateTime,
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        DateTime { Kind: DateTimeKind.Utc } => value,
        string text => Instants.Parse(text).UtcDateTime,
        null => null,
        _ => ThrowValueConversionError(value),
    };
}
