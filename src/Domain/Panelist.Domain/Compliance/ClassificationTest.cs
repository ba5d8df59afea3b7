namespace Panelist.Domain.Compliance;

/// <summary>The legal test a classification applied (product research §4.4).</summary>
public enum ClassificationTest
{
    /// <summary>IRS common-law test: behavioural control, financial control, relationship.</summary>
    IrsCommonLaw,

    /// <summary>California ABC test (Dynamex, AB 5): a contractor only if all three prongs are proven.</summary>
    CaliforniaAbc,

    /// <summary>EU Platform Work Directive 2024/2831: employment is presumed where facts show control and direction.</summary>
    EuPlatformWork,

    /// <summary>A classification recorded without a test (before the ledger, or by classifyInterviewer); it needs review.</summary>
    Declared,
}
