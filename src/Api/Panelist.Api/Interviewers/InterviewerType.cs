using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Sla;
using Panelist.Api.GraphQL;

namespace Panelist.Api.Interviewers;

/// <summary>
/// A vetted freelance interviewer. Any signed-in user sees the public profile; the email and the
/// compliance record are for platform admins and the interviewer themself.
/// </summary>
public sealed class InterviewerType : ObjectGraphType<Interviewer>
{
    public InterviewerType()
    {
        Name = "Interviewer";
        Description = "A vetted freelance interviewer.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(i => i.Name);
        Field(i => i.Headline);
        Field(i => i.CountryCode).Description("ISO 3166-1 alpha-2 country code.");
        Field(i => i.TimeZone).Description("IANA time zone, for showing times in the interviewer's local time.");
        Field(i => i.Status, type: typeof(NonNullGraphType<InterviewerStatusType>));
        Field<NonNullGraphType<RateCardType>>("rateCard").Resolve(ctx => ctx.Source.RateCard);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerSkillType>>>>("skills").Resolve(ctx => InterviewerLoaders.Skills(ctx, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerLanguageType>>>>("languages").Resolve(ctx => InterviewerLoaders.Languages(ctx, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificationType>>>>("certifications").Resolve(ctx => InterviewerLoaders.Certifications(ctx, ctx.Source.Id));
        Field(i => i.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));

        Field<StringGraphType>("email").Description("Private: platform admins and the interviewer only.")
            .Resolve(ctx => Private(ctx, ctx.Source.Email));
        Field<ClassificationTypeType>("classification").Description("Private: platform admins and the interviewer only.")
            .Resolve(ctx => Private(ctx, ctx.Source.Classification));
        Field<StringGraphType>("classificationJurisdiction").Resolve(ctx => Private(ctx, ctx.Source.ClassificationJurisdiction));
        Field<DateTimeGraphType>("contractSignedAt").Resolve(ctx => Private(ctx, ctx.Source.ContractSignedAt));
        Field<DateTimeGraphType>("contractExpiresAt").Resolve(ctx => Private(ctx, ctx.Source.ContractExpiresAt));
        Field<DateTimeGraphType>("ndaSignedAt").Resolve(ctx => Private(ctx, ctx.Source.NdaSignedAt));
        Field<ListGraphType<NonNullGraphType<Compliance.ClassificationRecordType>>>("classificationRecords")
            .Description("The classification ledger, newest first, superseded records included. Private: platform admins and the interviewer only.")
            .Resolve(ctx => Private(ctx, Compliance.ComplianceLoaders.ClassificationsOf(ctx, ctx.Source.Id)));
        Field<ListGraphType<NonNullGraphType<Compliance.FreelanceContractType>>>("freelanceContracts")
            .Description("Every version of the written contract, newest first. Private: platform admins and the interviewer only.")
            .Resolve(ctx => Private(ctx, Compliance.ComplianceLoaders.ContractsOf(ctx, ctx.Source.Id)));
        Field<Compliance.ComplianceStatusType>("complianceStatus")
            .Description("Whether the interviewer can be assigned and booked now, and what lapses soon. For platform admins, the interviewer, "
                + "and client admins of an organization the interviewer is invited to or working for; null for anyone else.")
            .Resolve(ctx => Compliance.ComplianceLoaders.Status(ctx, ctx.Source.Id));
        AddFeedbackLoop();
        Quality.InterviewerQualityFields.AddTo(this);
    }

    /// <summary>The feedback loop (until quality reviews land): private, like the compliance record.</summary>
    private void AddFeedbackLoop()
    {
        Field<ScorecardSlaFiguresType>("scorecardSla").Description("Scorecards on time and late. Private: platform admins and the interviewer only.")
            .ResolveAsync(async ctx => Private(ctx, await ctx.Service<InterviewerSlaFigures>().ScorecardsAsync(ctx.Source.Id, ctx.CancellationToken)));
        Field<ListGraphType<NonNullGraphType<ReceivedFeedbackType>>>("candidateFeedback")
            .Description("Candidates' ratings of your interviews, newest first, without who gave them. Private: platform admins and the interviewer only.")
            .Argument<IntGraphType>("last", "How many, 1–100 (default 20).")
            .ResolveAsync(async ctx =>
            {
                Private(ctx, true);
                var last = ctx.GetArgument<int?>("last") ?? 20;
                if (last is < 1 or > 100)
                {
                    throw ApiError.BadInput("last must be between 1 and 100.");
                }

                return await ctx.Service<InterviewerSlaFigures>().FeedbackAsync(ctx.Source.Id, last, ctx.CancellationToken);
            });
    }

    private static object? Private(IResolveFieldContext<Interviewer> ctx, object? value)
    {
        var actor = ctx.Actor();
        return actor.Role == Role.PlatformAdmin || actor.InterviewerId == ctx.Source.Id
            ? value
            : throw ApiError.Forbidden($"{ctx.FieldDefinition.Name} is private to the interviewer and platform admins.");
    }
}
