using GraphQL.Types;

namespace Panelist.Api.CandidatePages;

public sealed class CandidatePageLinkType : ObjectGraphType<CandidatePageLink>
{
    public CandidatePageLinkType()
    {
        Name = "CandidatePageLink";
        Description = "A signed link to one interview's candidate page. Whoever holds it sees that interview's page and nothing else, until it expires.";
        Field(l => l.Url).Description("Send it to the candidate; add ?tz=Area/City or ?lang=de to preset what the interview does not set.");
        Field(l => l.ExpiresAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
    }
}
