namespace Panelist.Domain.Common;

/// <summary>
/// Every code a domain operation can refuse with. They are part of the public API contract:
/// clients switch on them, so a code is never renamed or reused for another meaning.
/// </summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string InvalidCountry = "INVALID_COUNTRY";
    public const string InvalidTimeZone = "INVALID_TIME_ZONE";
    public const string InvalidCurrency = "INVALID_CURRENCY";
    public const string InvalidLanguage = "INVALID_LANGUAGE";
    public const string InvalidTimeRange = "INVALID_TIME_RANGE";
    public const string InvalidAmount = "INVALID_AMOUNT";

    public const string SkillSlugTaken = "SKILL_SLUG_TAKEN";
    public const string SkillLevelOutOfRange = "SKILL_LEVEL_OUT_OF_RANGE";
    public const string InterviewerEmailTaken = "INTERVIEWER_EMAIL_TAKEN";
    public const string InterviewerNotActive = "INTERVIEWER_NOT_ACTIVE";
    public const string InterviewerNotCompliant = "INTERVIEWER_NOT_COMPLIANT";
    public const string InterviewerNotCertified = "INTERVIEWER_NOT_CERTIFIED";

    public const string RubricVersionPublished = "RUBRIC_VERSION_PUBLISHED";
    public const string RubricVersionNotPublished = "RUBRIC_VERSION_NOT_PUBLISHED";
    public const string RubricWeightsInvalid = "RUBRIC_WEIGHTS_INVALID";
    public const string RubricCriteriaInvalid = "RUBRIC_CRITERIA_INVALID";
    public const string RubricCriterionMissing = "RUBRIC_CRITERION_MISSING";
    public const string RubricCriterionUnknown = "RUBRIC_CRITERION_UNKNOWN";
    public const string RubricScaleInvalid = "RUBRIC_SCALE_INVALID";

    /// <summary>An engagement or calibration may only use a rubric of its own organization (a template is copied first).</summary>
    public const string RubricNotInOrganization = "RUBRIC_NOT_IN_ORGANIZATION";

    public const string RubricNotTemplate = "RUBRIC_NOT_TEMPLATE";
    public const string RatingOutOfRange = "RATING_OUT_OF_RANGE";

    public const string EngagementNotActive = "ENGAGEMENT_NOT_ACTIVE";
    public const string BudgetExceeded = "BUDGET_EXCEEDED";
    public const string CapacityExceeded = "CAPACITY_EXCEEDED";
    public const string AlreadyAssigned = "ALREADY_ASSIGNED";
    public const string MissingRequiredSkill = "MISSING_REQUIRED_SKILL";
    public const string MissingRequiredLanguage = "MISSING_REQUIRED_LANGUAGE";
    public const string RateOutsideCard = "RATE_OUTSIDE_CARD";
    public const string CurrencyMismatch = "CURRENCY_MISMATCH";
    public const string AssignmentNotAccepted = "ASSIGNMENT_NOT_ACCEPTED";
    public const string OutsideEngagementPeriod = "OUTSIDE_ENGAGEMENT_PERIOD";

    public const string InterviewOverlap = "INTERVIEW_OVERLAP";
    public const string InterviewNotCompleted = "INTERVIEW_NOT_COMPLETED";
    public const string NotAssignedInterviewer = "NOT_ASSIGNED_INTERVIEWER";
    public const string ScorecardAlreadySubmitted = "SCORECARD_ALREADY_SUBMITTED";
    public const string ScorecardNotSubmitted = "SCORECARD_NOT_SUBMITTED";
    public const string FeedbackAlreadyRecorded = "FEEDBACK_ALREADY_RECORDED";
    public const string FeedbackScoreOutOfRange = "FEEDBACK_SCORE_OUT_OF_RANGE";

    public const string CandidateErased = "CANDIDATE_ERASED";
    public const string LegalHoldActive = "LEGAL_HOLD_ACTIVE";
    public const string LegalHoldReleased = "LEGAL_HOLD_RELEASED";
    public const string AuditTrailEmpty = "AUDIT_TRAIL_EMPTY";
    public const string AuditTrailBroken = "AUDIT_TRAIL_BROKEN";
    public const string ClassificationTestNotApplicable = "CLASSIFICATION_TEST_NOT_APPLICABLE";
    public const string ClassificationFactorUnknown = "CLASSIFICATION_FACTOR_UNKNOWN";
    public const string ClassificationFactorMissing = "CLASSIFICATION_FACTOR_MISSING";
    public const string ClassificationEvidenceMissing = "CLASSIFICATION_EVIDENCE_MISSING";
    public const string ContractServicesMissing = "CONTRACT_SERVICES_MISSING";
    public const string PaymentTermsOutOfRange = "PAYMENT_TERMS_OUT_OF_RANGE";
    public const string RateBelowMinimum = "RATE_BELOW_MINIMUM";
    public const string PayoutNothingToPay = "PAYOUT_NOTHING_TO_PAY";
    public const string VendorUserAlreadyMapped = "VENDOR_USER_ALREADY_MAPPED";

    public const string InvalidUrl = "INVALID_URL";
    public const string MentionNotParticipant = "MENTION_NOT_PARTICIPANT";
    public const string NotificationTemplateInvalid = "NOTIFICATION_TEMPLATE_INVALID";
    public const string BrandColorInvalid = "BRAND_COLOR_INVALID";
    public const string BrandContrastTooLow = "BRAND_CONTRAST_TOO_LOW";
    public const string RescheduleNotPossible = "RESCHEDULE_NOT_POSSIBLE";
    public const string RescheduleRequestLimit = "RESCHEDULE_REQUEST_LIMIT";
    public const string AuditChecklistPublished = "AUDIT_CHECKLIST_PUBLISHED";
    public const string AuditChecklistNotPublished = "AUDIT_CHECKLIST_NOT_PUBLISHED";
    public const string AuditChecklistInvalid = "AUDIT_CHECKLIST_INVALID";
    public const string AuditItemUnknown = "AUDIT_ITEM_UNKNOWN";
    public const string AuditItemMissing = "AUDIT_ITEM_MISSING";
    public const string AuditAlreadyRecorded = "AUDIT_ALREADY_RECORDED";
    public const string CalibrationNotParticipant = "CALIBRATION_NOT_PARTICIPANT";
    public const string CalibrationInterviewNotInSession = "CALIBRATION_INTERVIEW_NOT_IN_SESSION";
    public const string CalibrationAlreadyScored = "CALIBRATION_ALREADY_SCORED";
    public const string CalibrationClosed = "CALIBRATION_CLOSED";
    public const string RecalibrationTaskCompleted = "RECALIBRATION_TASK_COMPLETED";
    public const string RecalibrationEvidenceInvalid = "RECALIBRATION_EVIDENCE_INVALID";
}
