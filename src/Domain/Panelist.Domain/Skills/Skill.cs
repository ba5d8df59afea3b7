using System.Text.RegularExpressions;
using Panelist.Domain.Common;

namespace Panelist.Domain.Skills;

/// <summary>A taxonomy entry interviewers are matched on (e.g. <c>kotlin</c>, <c>distributed-systems</c>).</summary>
public sealed partial class Skill : Entity
{
    private Skill()
        : base(default(FromStore))
    {
    }

    public Skill(string slug, string name, string category, Guid? id = null)
        : base(id)
    {
        Slug = NormalizeSlug(slug);
        Name = Guard.Required(name, nameof(name), 100);
        Category = Guard.Required(category, nameof(category), 100);
    }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Category { get; private set; } = "";

    public void Rename(string name, string category)
    {
        Name = Guard.Required(name, nameof(name), 100);
        Category = Guard.Required(category, nameof(category), 100);
    }

    public static string NormalizeSlug(string? slug)
    {
        var value = Guard.Required(slug, nameof(slug), 64).ToLowerInvariant();
        if (!SlugPattern().IsMatch(value))
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "A slug is lower-case letters, digits and single hyphens.", nameof(slug));
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
