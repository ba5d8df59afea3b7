using Panelist.Domain.Common;

namespace Panelist.Domain.Compliance;

/// <summary>
/// The factors of each classification test and the rule that turns the answers into an outcome. The
/// rule is each test's own: ABC fails on any prong, the IRS test weighs three groups, the EU directive
/// presumes employment once control is shown unless the platform rebuts it.
/// </summary>
public static class ClassificationRules
{
    private static readonly string[] Irs =
    [
        "behavioral.instructions", "behavioral.training",
        "financial.investment", "financial.unreimbursedExpenses", "financial.marketAvailability", "financial.paymentMethod", "financial.profitOrLoss",
        "relationship.writtenContract", "relationship.benefits", "relationship.permanence", "relationship.keyActivity",
    ];

    private static readonly string[] Abc = ["a.freeFromControl", "b.outsideUsualBusiness", "c.independentTrade"];

    private static readonly string[] Eu =
        ["control.pay", "control.supervision", "control.workingTime", "control.conduct", "control.thirdPartyWork", "rebuttal"];

    public static IReadOnlyList<string> FactorsOf(ClassificationTest test) => test switch
    {
        ClassificationTest.IrsCommonLaw => Irs,
        ClassificationTest.CaliforniaAbc => Abc,
        ClassificationTest.EuPlatformWork => Eu,
        _ => [],
    };

    /// <summary>Checks that the answers are exactly the test's factors, each answered one backed by evidence.</summary>
    public static void Validate(ClassificationTest test, IReadOnlyList<ClassificationFactor> factors)
    {
        var expected = FactorsOf(test);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < factors.Count; i++)
        {
            var factor = factors[i];
            if (!expected.Contains(factor.Key) || !seen.Add(factor.Key))
            {
                throw new DomainRuleException(ErrorCodes.ClassificationFactorUnknown,
                    $"'{factor.Key}' is not a factor of {ApiNames.Of(test)}, or is answered twice; its factors are {string.Join(", ", expected)}.", $"factors.{i}.key");
            }

            Guard.Optional(factor.Evidence, $"factors.{i}.evidence", 4000);
            if (factor.DocumentUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                throw new DomainRuleException(ErrorCodes.ValidationFailed, "A document link must be an absolute http(s) URL.", $"factors.{i}.documentUrl");
            }

            if (factor.Answer != FactorAnswer.Unknown && string.IsNullOrWhiteSpace(factor.Evidence) && string.IsNullOrWhiteSpace(factor.DocumentUrl))
            {
                throw new DomainRuleException(ErrorCodes.ClassificationEvidenceMissing,
                    $"The answer to {factor.Key} needs evidence: a text, a document link, or both.", $"factors.{i}.evidence");
            }
        }

        var missing = expected.Where(k => !seen.Contains(k)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException(ErrorCodes.ClassificationFactorMissing,
                $"{ApiNames.Of(test)} needs an answer (UNKNOWN if not established) for {string.Join(", ", missing)}.", "factors");
        }
    }

    public static ClassificationOutcome Decide(ClassificationTest test, IReadOnlyList<ClassificationFactor> factors)
    {
        var answers = factors.ToDictionary(f => f.Key, f => f.Answer, StringComparer.Ordinal);
        return test switch
        {
            ClassificationTest.CaliforniaAbc => DecideAbc(answers.Values),
            ClassificationTest.IrsCommonLaw => DecideIrs(answers),
            ClassificationTest.EuPlatformWork => DecideEu(answers),
            _ => ClassificationOutcome.NeedsReview,
        };
    }

    /// <summary>Presumed an employee unless every prong is proven: one failed prong decides.</summary>
    private static ClassificationOutcome DecideAbc(IEnumerable<FactorAnswer> prongs)
    {
        var list = prongs.ToList();
        if (list.Contains(FactorAnswer.Controlled))
        {
            return ClassificationOutcome.Employee;
        }

        return list.All(a => a == FactorAnswer.Independent) ? ClassificationOutcome.Contractor : ClassificationOutcome.NeedsReview;
    }

    /// <summary>
    /// No single factor decides: each group leans the way most of its answered factors point (a tie leans
    /// nowhere). Contractor when all three groups lean independent, employee when two or more lean controlled.
    /// </summary>
    private static ClassificationOutcome DecideIrs(Dictionary<string, FactorAnswer> answers)
    {
        var leans = answers.GroupBy(a => a.Key.Split('.')[0], StringComparer.Ordinal)
            .Select(g => Math.Sign(g.Count(a => a.Value == FactorAnswer.Independent) - g.Count(a => a.Value == FactorAnswer.Controlled)))
            .ToList();
        if (leans.All(l => l > 0))
        {
            return ClassificationOutcome.Contractor;
        }

        return leans.Count(l => l < 0) >= 2 ? ClassificationOutcome.Employee : ClassificationOutcome.NeedsReview;
    }

    /// <summary>
    /// Any fact of control and direction triggers the presumption of employment; only an established
    /// rebuttal makes it a contract for services. Without such a fact, every one must be established.
    /// </summary>
    private static ClassificationOutcome DecideEu(Dictionary<string, FactorAnswer> answers)
    {
        var control = answers.Where(a => a.Key.StartsWith("control.", StringComparison.Ordinal)).Select(a => a.Value).ToList();
        if (control.Contains(FactorAnswer.Controlled))
        {
            return answers["rebuttal"] switch
            {
                FactorAnswer.Independent => ClassificationOutcome.Contractor,
                FactorAnswer.Controlled => ClassificationOutcome.Employee,
                _ => ClassificationOutcome.NeedsReview,
            };
        }

        return control.Contains(FactorAnswer.Unknown) ? ClassificationOutcome.NeedsReview : ClassificationOutcome.Contractor;
    }
}
