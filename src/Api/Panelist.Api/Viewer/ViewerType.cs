using GraphQL.Types;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL;
using Panelist.Api.Interviewers;
using Panelist.Api.Organizations;
using Panelist.Domain.Common;

namespace Panelist.Api.Viewer;

/// <summary>Who the token says you are: role, organization, and for interviewers their own profile.</summary>
public sealed class ViewerType : ObjectGraphType<RequestContext>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<NonNullGraphType<StringGraphType>>("role").Resolve(ctx => PanelistClaims.RoleName(ctx.Source.Actor.Role))
            .Description("PLATFORM_ADMIN, CLIENT_ADMIN, RECRUITER, ANALYST, AUDITOR or INTERVIEWER.");
        Field<NonNullGraphType<StringGraphType>>("subject").Resolve(ctx => ctx.Source.Actor.Id);
        Field<OrganizationType>("organization").Description("The organization you act for; null for interviewers.")
            .Resolve(ctx => ctx.Source.OrganizationId is { } id ? OrganizationLoaders.Organization(ctx, id) : null);
        Field<InterviewerType>("interviewer").Description("Your interviewer profile, when you are one.")
            .Resolve(ctx => ctx.Source.Actor.InterviewerId is { } id ? InterviewerLoaders.Interviewer(ctx, id) : null);
    }
}
