using System.Globalization;
using System.Text.RegularExpressions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Schema;

/// <summary>
/// Descriptions and messages speak the API's language: types as plain lower-case nouns ("an
/// interview"), enum values as the API spells them (ACTIVE, NO_SHOW_CANDIDATE), so a client can
/// match a message to the value it sends.
/// </summary>
public sealed partial class WordingTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    [Fact]
    public async Task Schema_descriptions_name_types_as_plain_nouns_and_statuses_as_the_API_spells_them()
    {
        var sdl = await SdlAsync();
        var objectTypes = ObjectType().Matches(sdl).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var statuses = StatusEnum().Matches(sdl)
            .SelectMany(m => m.Groups["values"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(Pascal).ToHashSet(StringComparer.Ordinal);
        var descriptions = Description().Matches(sdl).Select(m => m.Groups["text"].Value).ToList();

        var articles = descriptions.SelectMany(d => ArticleNoun().Matches(d).Where(m => objectTypes.Contains(m.Groups["noun"].Value)).Select(m => $"{m.Value}: {d}"));
        var pascalStatuses = descriptions.SelectMany(d => Word().Matches(d).Where(m => statuses.Contains(m.Value)).Select(m => $"{m.Value}: {d}"));

        Assert.NotEmpty(descriptions);
        Assert.Contains("Active", statuses);
        Assert.Empty(articles);
        Assert.Empty(pascalStatuses);
    }

    [Fact]
    public async Task An_invalid_transition_names_both_statuses_as_the_API_spells_them()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var admin = world.As(Role.ClientAdmin, world.Acme);
        var active = await world.ReadAsync(world.Acme, db => Task.FromResult(db.Engagements.First(e => e.Status == EngagementStatus.Active).Id));

        var error = await admin.Refused("openEngagement", new { engagementId = SeededWorld.Id("Engagement", active) }, "engagement");

        Assert.Equal("INVALID_TRANSITION", error.Str("code"));
        Assert.Equal("An engagement cannot go from ACTIVE to OPEN.", error.Str("message"));
    }

    [Fact]
    public async Task Not_found_and_wrong_type_messages_name_the_type_as_a_plain_noun()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var client = world.As(Role.Recruiter, world.Acme);
        var engagementId = SeededWorld.Id("Engagement", Guid.NewGuid());

        var notFound = await client.PostAsync("query($id: ID!) { interview(id: $id) { id } }", new { id = engagementId });
        var wrongType = await client.PostAsync("query($id: ID!) { interviews(where: { interviewerId: { eq: $id } }) { totalCount } }", new { id = engagementId });

        Assert.Equal("No interview with that id is visible to you.", notFound.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.EndsWith("is not the id of an interviewer.", wrongType.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> SdlAsync()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var http = world.Api.CreateClient();
        return await http.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
    }

    private static string Pascal(string constant) => string.Concat(constant.Split('_')
        .Select(part => part[..1] + part[1..].ToLower(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^type (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex ObjectType();

    [GeneratedRegex(@"^enum \w*Status \{\n(?<values>[^}]*)\}", RegexOptions.Multiline)]
    private static partial Regex StatusEnum();

    [GeneratedRegex("\"(?<text>[^\"\\n]+)\"")]
    private static partial Regex Description();

    [GeneratedRegex(@"\b(a|an|A|An|the|The) (?<noun>[A-Z]\w+)")]
    private static partial Regex ArticleNoun();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")]
    private static partial Regex Word();
}
