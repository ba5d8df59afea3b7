using Panelist.Domain.Common;

namespace Panelist.Domain.Organizations;

/// <summary>
/// A client company: the tenant. The platform operator is an organization too (<see cref="IsPlatform"/>),
/// so platform-level actions have an audit chain of their own.
/// </summary>
public sealed class Organization : Entity
{
    /// <summary>The platform operator's organization, created by the first migration.</summary>
    public static readonly Guid PlatformId = new("00000000-0000-7000-8000-000000000001");

    public const string PlatformSlug = "panelist";

    private Organization()
        : base(default(FromStore))
    {
    }

    public Organization(string slug, string name, bool isPlatform = false, Guid? id = null)
        : base(id)
    {
        Slug = Guard.Required(slug, nameof(slug), 64).ToLowerInvariant();
        Name = Guard.Required(name, nameof(name));
        IsPlatform = isPlatform;
    }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool IsPlatform { get; private set; }

    /// <summary>
    /// Months after a candidate's last interview after which their personal data is erased by the retention job;
    /// null keeps it until erased on request.
    /// </summary>
    public int? CandidateRetentionMonths { get; private set; }

    /// <summary>Retention of 1–120 months, or none.</summary>
    internal void RetainCandidatesFor(int? months) =>
        CandidateRetentionMonths = months is { } m ? Guard.Range(m, 1, 120, "months") : null;

    /// <summary>How the candidate page shows this client: null until staff set it (the page then uses the name and neutral colours).</summary>
    public OrganizationBranding? Branding { get; private set; }

    internal void SetBranding(OrganizationBranding branding) => Branding = branding;
}
