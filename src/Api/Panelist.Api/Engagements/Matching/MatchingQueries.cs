using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public static class MatchingQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<EngagementMatchesType>("engagementMatches")
            .Description("Ranks the interviewers who could take the engagement's next interview, every factor with its weight, raw value and contribution, "
                + "and lists those excluded with reason codes. For the staff of the engagement's organization.")
            .Argument<NonNullGraphType<IdGraphType>>("engagement")
            .Argument<IntGraphType>("first", "How many matches and how many excluded interviewers, 1–100 (default 20).")
            .AllowRoles(Roles.Staff)
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument<int?>("first") ?? 20;
                if (first is < 1 or > 100)
                {
                    throw ApiError.BadInput("first must be between 1 and 100.");
                }

                var id = NodeQueries.IdOf(ctx, "Engagement", "engagement");
                return await ctx.Service<MatchingService>().MatchAsync(id, first, ctx.CancellationToken)
                    ?? throw new ApiError(ApiErrorCodes.NotFound, "No engagement with that id exists here.");
            });
}
