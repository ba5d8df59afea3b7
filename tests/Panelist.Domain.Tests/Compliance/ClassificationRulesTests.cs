using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using static Panelist.Domain.Compliance.FactorAnswer;

namespace Panelist.Domain.Tests.Compliance;

public sealed class ClassificationRulesTests
{
    public static List<ClassificationFactor> Answers(ClassificationTest test, FactorAnswer all, params (string Key, FactorAnswer Answer)[] overrides) =>
        [.. ClassificationRules.FactorsOf(test).Select(k => new ClassificationFactor(k, overrides.FirstOrDefault(o => o.Key == k) is { Key: not null } o ? o.Answer : all,
            "Seen in the signed contract, clause 4.", null))];

    [Fact]
    public void Abc_is_contractor_only_when_every_prong_is_proven()
    {
        Assert.Equal(ClassificationOutcome.Contractor, ClassificationRules.Decide(ClassificationTest.CaliforniaAbc, Answers(ClassificationTest.CaliforniaAbc, Independent)));
    }

    [Theory]
    [InlineData("a.freeFromControl")]
    [InlineData("b.outsideUsualBusiness")]
    [InlineData("c.independentTrade")]
    public void Abc_is_employee_when_any_one_prong_fails(string prong)
    {
        var factors = Answers(ClassificationTest.CaliforniaAbc, Independent, (prong, Controlled));

        Assert.Equal(ClassificationOutcome.Employee, ClassificationRules.Decide(ClassificationTest.CaliforniaAbc, factors));
    }

    [Fact]
    public void Abc_needs_review_when_a_prong_is_unproven_and_none_fails()
    {
        var factors = Answers(ClassificationTest.CaliforniaAbc, Independent, ("c.independentTrade", Unknown));

        Assert.Equal(ClassificationOutcome.NeedsReview, ClassificationRules.Decide(ClassificationTest.CaliforniaAbc, factors));
    }

    [Fact]
    public void Irs_weighs_the_balance_of_each_group_so_one_controlled_factor_does_not_decide()
    {
        var factors = Answers(ClassificationTest.IrsCommonLaw, Independent, ("financial.paymentMethod", Controlled), ("relationship.permanence", Controlled));

        Assert.Equal(ClassificationOutcome.Contractor, ClassificationRules.Decide(ClassificationTest.IrsCommonLaw, factors));
    }

    [Fact]
    public void Irs_is_employee_when_two_groups_lean_to_control()
    {
        var factors = Answers(ClassificationTest.IrsCommonLaw, Independent,
            ("behavioral.instructions", Controlled), ("behavioral.training", Controlled),
            ("relationship.writtenContract", Controlled), ("relationship.benefits", Controlled), ("relationship.permanence", Controlled));

        Assert.Equal(ClassificationOutcome.Employee, ClassificationRules.Decide(ClassificationTest.IrsCommonLaw, factors));
    }

    [Fact]
    public void Irs_needs_review_when_a_group_is_tied()
    {
        var factors = Answers(ClassificationTest.IrsCommonLaw, Independent, ("behavioral.instructions", Controlled));

        Assert.Equal(ClassificationOutcome.NeedsReview, ClassificationRules.Decide(ClassificationTest.IrsCommonLaw, factors));
    }

    [Theory]
    [InlineData(Independent, ClassificationOutcome.Contractor)]
    [InlineData(Controlled, ClassificationOutcome.Employee)]
    [InlineData(Unknown, ClassificationOutcome.NeedsReview)]
    public void Eu_presumes_employment_once_control_is_shown_unless_it_is_rebutted(FactorAnswer rebuttal, ClassificationOutcome expected)
    {
        var factors = Answers(ClassificationTest.EuPlatformWork, Independent, ("control.supervision", Controlled), ("rebuttal", rebuttal));

        Assert.Equal(expected, ClassificationRules.Decide(ClassificationTest.EuPlatformWork, factors));
    }

    [Fact]
    public void Eu_without_facts_of_control_is_contractor_and_an_unknown_fact_needs_review()
    {
        Assert.Equal(ClassificationOutcome.Contractor,
            ClassificationRules.Decide(ClassificationTest.EuPlatformWork, Answers(ClassificationTest.EuPlatformWork, Independent, ("rebuttal", Unknown))));
        Assert.Equal(ClassificationOutcome.NeedsReview,
            ClassificationRules.Decide(ClassificationTest.EuPlatformWork, Answers(ClassificationTest.EuPlatformWork, Independent, ("control.pay", Unknown))));
    }

    [Fact]
    public void Validate_returns_CLASSIFICATION_FACTOR_MISSING_naming_the_unanswered_factor()
    {
        var factors = Answers(ClassificationTest.CaliforniaAbc, Independent).Where(f => f.Key != "b.outsideUsualBusiness").ToList();

        var error = Assert.Throws<DomainRuleException>(() => ClassificationRules.Validate(ClassificationTest.CaliforniaAbc, factors)).Error;

        Assert.Equal((ErrorCodes.ClassificationFactorMissing, "factors"), (error.Code, error.Field));
        Assert.Contains("b.outsideUsualBusiness", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_returns_CLASSIFICATION_FACTOR_UNKNOWN_for_a_factor_of_another_test()
    {
        List<ClassificationFactor> factors = [.. Answers(ClassificationTest.CaliforniaAbc, Independent), new("control.pay", Independent, "x", null)];

        var error = Assert.Throws<DomainRuleException>(() => ClassificationRules.Validate(ClassificationTest.CaliforniaAbc, factors)).Error;

        Assert.Equal((ErrorCodes.ClassificationFactorUnknown, "factors.3.key"), (error.Code, error.Field));
    }

    [Fact]
    public void Validate_returns_CLASSIFICATION_EVIDENCE_MISSING_for_an_answer_without_text_or_document()
    {
        var factors = Answers(ClassificationTest.CaliforniaAbc, Independent);
        factors[1] = factors[1] with { Evidence = " ", DocumentUrl = null };

        var error = Assert.Throws<DomainRuleException>(() => ClassificationRules.Validate(ClassificationTest.CaliforniaAbc, factors)).Error;

        Assert.Equal((ErrorCodes.ClassificationEvidenceMissing, "factors.1.evidence"), (error.Code, error.Field));
    }

    [Fact]
    public void Validate_accepts_a_document_link_as_the_only_evidence_and_no_evidence_for_unknown()
    {
        var factors = Answers(ClassificationTest.CaliforniaAbc, Independent);
        factors[0] = factors[0] with { Evidence = null, DocumentUrl = "https://docs.example.com/contract.pdf#clause-4" };
        factors[2] = factors[2] with { Answer = Unknown, Evidence = null };

        ClassificationRules.Validate(ClassificationTest.CaliforniaAbc, factors);
    }
}
