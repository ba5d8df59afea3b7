using Panelist.Api.Tests.Support;
using Panelist.Testing.Api;
using static Panelist.Api.GraphQL.Relay.GlobalId;

namespace Panelist.Api.Tests.Inputs;

/// <summary>The numeric inputs of every mutation, each with a valid input (for the world's objects) to vary one field of.</summary>
public static class NumericCases
{
    public static List<NumericCase> For(NumericInputWorld world, GraphQLClient platform, GraphQLClient admin, GraphQLClient interviewer)
    {
        var cases = new List<NumericCase>();
        var skill = Encode("Skill", world.SkillId);
        object Terms(string? engagementId) => new
        {
            engagementId,
            rubricVersionId = engagementId is null ? Encode("RubricVersion", world.PublishedVersionId) : null,
            title = "Extreme numbers",
            pricing = new { model = "PER_INTERVIEW", currency = "USD", budgetCap = 1_000m },
            serviceLevel = new { scheduleWithinDays = 5, feedbackWithinHours = 48 },
            weeklyCapacity = 5,
            startsAt = world.Now.AddDays(-1).ToString("O"),
            endsAt = world.Now.AddDays(90).ToString("O"),
            requiredSkills = new[] { new { skillId = skill, minLevel = 3 } },
        };
        var draftEngagement = Encode("Engagement", world.DraftEngagementId);
        foreach (var (mutation, input) in new (string, Func<object>)[] { ("createEngagement", () => Terms(null)), ("editEngagement", () => Terms(draftEngagement)) })
        {
            cases.Add(new(mutation, "pricing.budgetCap", NumericRange.Money, admin, input));
            cases.Add(new(mutation, "serviceLevel.scheduleWithinDays", NumericRange.Whole(1, 90), admin, input));
            cases.Add(new(mutation, "serviceLevel.feedbackWithinHours", NumericRange.Whole(1, 720), admin, input));
            cases.Add(new(mutation, "weeklyCapacity", NumericRange.Whole(1, 10_000), admin, input));
            cases.Add(new(mutation, "requiredSkills.0.minLevel", NumericRange.Whole(1, 5, "SKILL_LEVEL_OUT_OF_RANGE"), admin, input));
        }

        cases.Add(new("inviteInterviewer", "agreedRate", NumericRange.Money, admin, () => new
        {
            engagementId = Encode("Engagement", world.ActiveEngagementId),
            interviewerId = Encode("Interviewer", world.FreeInterviewerId),
            agreedRate = 100m,
        }));

        object Card() => new { currency = "USD", hourlyRate = 100m, perInterviewRate = 150m };
        Func<object> register = () => new { name = "Extreme Numbers", email = $"extreme.{Guid.NewGuid():N}@example.com", countryCode = "GB", timeZone = "Europe/London", rateCard = Card() };
        Func<object> rateCard = () => new { interviewerId = Encode("Interviewer", world.FreeInterviewerId), rateCard = Card() };
        foreach (var (mutation, input) in new[] { ("registerInterviewer", register), ("setInterviewerRateCard", rateCard) })
        {
            cases.Add(new(mutation, "rateCard.hourlyRate", NumericRange.Money, platform, input));
            cases.Add(new(mutation, "rateCard.perInterviewRate", NumericRange.Money, platform, input));
        }

        Func<object> skillLevel = () => new { interviewerId = Encode("Interviewer", world.FreeInterviewerId), skillId = skill, level = 3, years = 4 };
        cases.Add(new("setInterviewerSkill", "level", NumericRange.Whole(1, 5, "SKILL_LEVEL_OUT_OF_RANGE"), platform, skillLevel));
        cases.Add(new("setInterviewerSkill", "years", NumericRange.Whole(0, 60), platform, skillLevel));

        object[] Criteria() => [new { key = "overall", title = "Overall", weight = 1m, anchors = NumericInputWorld.AnchorTexts }];
        Func<object> Draft(Guid rubricId) => () => new { rubricId = Encode("Rubric", rubricId), passThreshold = 2m, criteria = Criteria() };
        foreach (var (mutation, threshold, weight) in new (string, Func<object>, Func<object>)[]
        {
            ("createRubric", CreateRubric, CreateRubric),
            ("createRubricDraft", Draft(world.RubricsWithoutDraft[0]), Draft(world.RubricsWithoutDraft[1])),
            ("editRubricDraft", EditDraft, EditDraft),
        })
        {
            cases.Add(new(mutation, "passThreshold", NumericRange.PassThreshold, platform, threshold));
            cases.Add(new(mutation, "criteria.0.weight", NumericRange.Weight, platform, weight));
        }

        object CreateRubric() => new { name = "Extreme rubric", roleFamily = "engineering", passThreshold = 2m, criteria = Criteria() };
        object EditDraft() => new { versionId = Encode("RubricVersion", world.DraftVersionId), passThreshold = 2m, criteria = Criteria() };

        var interview = Encode("Interview", world.CompletedInterviewId);
        object Rating(string? reason) => new { interviewId = interview, ratings = new[] { new { criterionKey = "overall", rating = 3 } }, recommendation = "YES", reason };
        cases.Add(new("saveScorecardDraft", "ratings.0.rating", NumericRange.Whole(1, 4, "RATING_OUT_OF_RANGE"), interviewer, () => Rating(null)));
        cases.Add(new("submitScorecard", "ratings.0.rating", NumericRange.Whole(1, 4, "RATING_OUT_OF_RANGE"), interviewer, () => Rating(null)));
        cases.Add(new("submitCalibrationScore", "ratings.0.rating", NumericRange.Whole(1, 4, "RATING_OUT_OF_RANGE"), interviewer, () => new
        {
            sessionId = Encode("CalibrationSession", world.CalibrationSessionId),
            interviewId = interview,
            ratings = new[] { new { criterionKey = "overall", rating = 3 } },
        }));
        cases.Add(new("amendScorecard", "ratings.0.rating", NumericRange.Whole(1, 4, "RATING_OUT_OF_RANGE"), interviewer, () => Rating("Second look")));
        cases.Add(new("recordCandidateFeedback", "score", NumericRange.Whole(0, 10, "FEEDBACK_SCORE_OUT_OF_RANGE"), admin, () => new { interviewId = interview, score = 8 }));
        Func<object> contract = () => new
        {
            interviewerId = Encode("Interviewer", world.FreeInterviewerId),
            signedAt = world.Now.AddDays(-30).ToString("O"),
            expiresAt = world.Now.AddDays(365).ToString("O"),
            ndaSignedAt = world.Now.AddDays(-30).ToString("O"),
            currency = "USD",
            services = new[] { new { description = "Technical interview", unit = "PER_INTERVIEW", rate = 150m } },
            paymentDueDays = 14,
        };
        cases.Add(new("recordFreelanceContract", "services.0.rate", NumericRange.Money, platform, contract));
        cases.Add(new("recordFreelanceContract", "paymentDueDays", NumericRange.Whole(1, 30, "PAYMENT_TERMS_OUT_OF_RANGE"), platform, contract));
        // A jurisdiction none of the world's interviewers is bound by, so the rules added here refuse nothing else.
        cases.Add(new("addMinimumRateRule", "amount", NumericRange.Money, platform, () => new
        {
            jurisdiction = "JP",
            currency = "JPY",
            amount = 5_000m,
            unit = "PER_HOUR",
            effectiveFrom = world.Now.AddDays(-1).ToString("O"),
            source = "Extreme numbers",
        }));
        cases.Add(new("setConnectorMaxConcurrency", "maxConcurrency", NumericRange.Whole(1, 64), admin, () => new
        {
            installationId = Encode("ConnectorInstallation", world.InstallationId),
            maxConcurrency = 4,
        }));
        cases.Add(new("setCandidateRetention", "months", NumericRange.Whole(1, 120), admin, () => new { months = 120 }));

        // Audit checklists: weights above 0 and at most 100, a pass mark above 0 and at most 1 (4 decimals each).
        var checklistWeight = new NumericRange(0m, true, 100m, 4, false, "AUDIT_CHECKLIST_INVALID");
        var passMark = new NumericRange(0m, true, 1m, 4, false, "VALIDATION_FAILED");
        object[] Items() => [new { key = "listening", title = "Listening", weight = 1m }];
        // A fresh name each time: a name with a draft takes no second one.
        Func<object> newChecklist = () => new { name = $"Numbers {Guid.NewGuid():N}", items = Items(), passMark = 0.5m };
        Func<object> editDraft = () => new { checklistId = Encode("AuditChecklist", world.DraftChecklistId), items = Items(), passMark = 0.5m };
        foreach (var (mutation, input) in new[] { ("createAuditChecklist", newChecklist), ("editAuditChecklistDraft", editDraft) })
        {
            cases.Add(new(mutation, "items.0.weight", checklistWeight, platform, input));
            cases.Add(new(mutation, "passMark", passMark, platform, input));
        }

        var share = new NumericRange(0m, false, 1m, 4, false, "VALIDATION_FAILED");
        Func<object> policy = () => new { baseShare = 0.1m, newInterviewerShare = 0.5m, newInterviewerThreshold = 10, flaggedShare = 0.5m };
        cases.Add(new("setAuditSamplingPolicy", "baseShare", share, admin, policy));
        cases.Add(new("setAuditSamplingPolicy", "newInterviewerShare", share, admin, policy));
        cases.Add(new("setAuditSamplingPolicy", "flaggedShare", share, admin, policy));
        cases.Add(new("setAuditSamplingPolicy", "newInterviewerThreshold", NumericRange.Whole(0, 10_000), admin, policy));
        return cases;
    }
}
