using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.CandidatePages;

public static class CandidatePageQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<CandidatePageLinkType>("candidatePageLink")
            .Description("A fresh signed link to the interview's candidate page (CandidatePage:LinkLifetime, 30 days by default).")
            .Argument<NonNullGraphType<IdGraphType>>("interviewId")
            .AllowRoles(Roles.Staff)
            .ResolveAsync(async ctx =>
            {
                var id = GlobalId.TryDecodeAs(ctx.GetArgument<string>("interviewId"), "Interview", out var key) ? key : Guid.Empty;
                var interview = await ctx.Db().Interviews.AsNoTracking().Where(i => i.Id == id)
                    .Select(i => new { i.Id, i.OrganizationId }).FirstOrDefaultAsync(ctx.CancellationToken)
                    ?? throw ApiError.NotFound("interview");
                var (token, expiresAt) = ctx.Service<CandidateLinks>().Issue(interview.OrganizationId, interview.Id);
                return new CandidatePageLink($"{BaseUrl(ctx)}{CandidatePageEndpoints.Prefix}/{token}", expiresAt);
            });

    private static string BaseUrl(IResolveFieldContext ctx)
    {
        if (ctx.Service<IOptions<CandidatePageOptions>>().Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var request = ctx.Service<IHttpContextAccessor>().HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
