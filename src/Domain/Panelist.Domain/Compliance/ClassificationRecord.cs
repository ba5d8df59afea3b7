using System.Text.Json;
using System.Text.Json.Serialization;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Compliance;

/// <summary>
/// One decision on how an interviewer is engaged in one jurisdiction: the test applied, every factor's
/// answer with its evidence, the outcome the test's rule derives, and who decided when. A new decision
/// for the same jurisdiction supersedes this one; superseded records stay as the history.
/// </summary>
public sealed class ClassificationRecord : Entity
{
    private static readonly JsonSerializerOptions FactorJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private ClassificationRecord()
        : base(default(FromStore))
    {
    }

    private ClassificationRecord(Guid interviewerId, string jurisdiction, ClassificationTest test, IReadOnlyList<ClassificationFactor> factors,
        ClassificationOutcome outcome, ClassificationType? classification, string? note, Actor decidedBy, DateTime decidedAt)
    {
        InterviewerId = interviewerId;
        Jurisdiction = jurisdiction;
        Test = test;
        FactorsJson = JsonSerializer.Serialize(factors, FactorJson);
        Outcome = outcome;
        Classification = classification;
        Note = note;
        DecidedBy = $"{ApiNames.Of(decidedBy.Type)}:{decidedBy.Id}";
        DecidedAt = decidedAt;
    }

    public Guid InterviewerId { get; private set; }

    public string Jurisdiction { get; private set; } = "";

    public ClassificationTest Test { get; private set; }

    /// <summary>The answers as written: evidence is kept exactly as the assessor gave it.</summary>
    public string FactorsJson { get; private set; } = "[]";

    public IReadOnlyList<ClassificationFactor> Factors => JsonSerializer.Deserialize<List<ClassificationFactor>>(FactorsJson, FactorJson) ?? [];

    public ClassificationOutcome Outcome { get; private set; }

    /// <summary>The engagement the outcome allows (null when it needs review): what <see cref="Interviewer.Classification"/> summarizes.</summary>
    public ClassificationType? Classification { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The actor, as <c>TYPE:id</c>.</summary>
    public string DecidedBy { get; private set; } = "";

    public DateTime DecidedAt { get; private set; }

    public DateTime? SupersededAt { get; private set; }

    public Guid? SupersededById { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    /// <summary>A decision by a test: the factors are checked against the test and the outcome derived by its rule.</summary>
    public static ClassificationRecord Assess(Guid interviewerId, string jurisdiction, ClassificationTest test, IReadOnlyList<ClassificationFactor> factors,
        string? note, Actor decidedBy, DateTime now)
    {
        if (test == ClassificationTest.Declared)
        {
            throw new DomainRuleException(ErrorCodes.ClassificationTestNotApplicable, "DECLARED is no test; use classifyInterviewer to record a classification without one.", "test");
        }

        if (Jurisdictions.RequiredTest(jurisdiction) is { } required && required != test)
        {
            throw new DomainRuleException(ErrorCodes.ClassificationTestNotApplicable,
                $"{jurisdiction} classifies with {ApiNames.Of(required)}, not {ApiNames.Of(test)}.", "test");
        }

        ClassificationRules.Validate(test, factors);
        var outcome = ClassificationRules.Decide(test, factors);
        var classification = outcome switch
        {
            ClassificationOutcome.Contractor => ClassificationType.IndependentContractor,
            ClassificationOutcome.Employee => ClassificationType.Employee,
            _ => (ClassificationType?)null,
        };
        return new(interviewerId, jurisdiction, test, [.. factors.Select(Trimmed)], outcome, classification, Guard.Optional(note, "note", 2000), decidedBy, now);
    }

    /// <summary>A classification stated without a test: kept as the summary, flagged for review.</summary>
    public static ClassificationRecord Declare(Guid interviewerId, string jurisdiction, ClassificationType classification, Actor decidedBy, DateTime now) =>
        new(interviewerId, jurisdiction, ClassificationTest.Declared, [], ClassificationOutcome.NeedsReview, classification, null, decidedBy, now);

    internal void SupersedeWith(ClassificationRecord next, DateTime now)
    {
        SupersededAt = now;
        SupersededById = next.Id;
    }

    private static ClassificationFactor Trimmed(ClassificationFactor f) =>
        f with { Evidence = string.IsNullOrWhiteSpace(f.Evidence) ? null : f.Evidence.Trim(), DocumentUrl = string.IsNullOrWhiteSpace(f.DocumentUrl) ? null : f.DocumentUrl.Trim() };
}
