using GraphQL.Types;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed class RecommendationType : EnumerationGraphType<Recommendation>
{
    public RecommendationType()
    {
        Name = "Recommendation";
        Description = "Merge's ATS vocabulary, so every ATS can map it.";
    }
}
