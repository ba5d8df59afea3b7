using System.Collections.Concurrent;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Tests.Fairness;

/// <summary>
/// Class fixture: per provider, a <see cref="FairnessWorld"/> whose Acme candidates carry the EEOC/UGESP Questions and
/// Answers (1979) four-fifths example: of 80 White applicants 48 are selected (60%), of 40 Black applicants 12 (30%), so the
/// impact ratio is 0.5. Two Asian candidates (one selected) sit under 2% of the 122; every other candidate has no answer.
/// </summary>
public sealed class EeocWorlds : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<FairnessWorld>>> _worlds = new();

    public Task<FairnessWorld> For(DatabaseProvider provider) =>
        _worlds.GetOrAdd(provider, p => new Lazy<Task<FairnessWorld>>(() => CreateAsync(p))).Value;

    private static async Task<FairnessWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = await FairnessWorld.CreateAsync(provider);
        var (selected, notSelected) = await world.SingleDecisionCandidatesAsync();
        Assert.True(selected.Count >= 61 && notSelected.Count >= 61, $"The seed has {selected.Count} selected and {notSelected.Count} not selected single-decision candidates.");
        var rows = new List<(Guid, string?, string?)>();
        rows.AddRange(selected.Take(48).Select(c => (c, (string?)null, (string?)"WHITE")));
        rows.AddRange(notSelected.Take(32).Select(c => (c, (string?)null, (string?)"WHITE")));
        rows.AddRange(selected.Skip(48).Take(12).Select(c => (c, (string?)null, (string?)"BLACK_OR_AFRICAN_AMERICAN")));
        rows.AddRange(notSelected.Skip(32).Take(28).Select(c => (c, (string?)null, (string?)"BLACK_OR_AFRICAN_AMERICAN")));
        rows.Add((selected[60], null, "ASIAN"));
        rows.Add((notSelected[60], null, "ASIAN"));
        await world.ImportAsync(rows);
        return world;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var world in _worlds.Values.Where(w => w.IsValueCreated && w.Value.IsCompletedSuccessfully))
        {
            await world.Value.Result.DisposeAsync();
        }
    }
}
