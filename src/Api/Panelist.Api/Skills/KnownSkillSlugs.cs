using System.Collections.Concurrent;

namespace Panelist.Api.Skills;

/// <summary>
/// Skill slugs this process has seen in the catalog. A slug never changes (renaming changes the name and category)
/// and skills are never deleted, so once found it stays valid: the search's check of its skill filter then costs no
/// query. Unknown slugs are not remembered, since a skill may be created with that slug later. One per host (and so per
/// database), not static.
/// </summary>
public sealed class KnownSkillSlugs
{
    private readonly ConcurrentDictionary<string, byte> _slugs = new(StringComparer.Ordinal);

    public bool Contains(string slug) => _slugs.ContainsKey(slug);

    public void Add(string slug) => _slugs.TryAdd(slug, 0);
}
