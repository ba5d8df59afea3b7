using GraphQL.Types;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricScaleType : ObjectGraphType<RubricVersion>
{
    public RubricScaleType()
    {
        Name = "RubricScale";
        Description = "A version's rating scale: ratings run from 1 to levels.";
        Field("levels", v => v.ScaleLevels).Description("2 to 10; 4 by default.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricScaleAnchorType>>>>("anchors").Description("One per level, from level 1 up.")
            .Resolve(ctx => ctx.Source.ScaleAnchors.Select((a, i) => new RubricScaleLevel(i + 1, a.Label, a.Description)).ToList());
    }
}
