using GraphQL.Types;

namespace Panelist.Api.Rubrics;

public sealed class RubricScaleAnchorType : ObjectGraphType<RubricScaleLevel>
{
    public RubricScaleAnchorType()
    {
        Name = "RubricScaleAnchor";
        Description = "What one level of a rating scale means.";
        Field(a => a.Level).Description("1 up to the scale's levels.");
        Field(a => a.Label);
        Field(a => a.Description);
    }
}
