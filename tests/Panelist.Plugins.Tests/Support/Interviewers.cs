using Panelist.Domain.Interviewers;
using Panelist.Domain.Organizations;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Support;

/// <summary>Interviewers (platform rows) for connector tests, with private e-mails that must never reach an ATS.</summary>
internal static class Interviewers
{
    public static string EmailOf(string tag) => $"{tag}.private@interviewers.example.com";

    public static async Task<Guid> AddAsync(TestDatabase database, string tag)
    {
        var interviewer = new Interviewer(new InterviewerProfile($"Interviewer {tag}", EmailOf(tag), null, "gb", "Europe/London"), new RateCard("GBP", 90m, 120m));
        await using var scope = database.AsSystem(Organization.PlatformId);
        scope.Db.Interviewers.Add(interviewer);
        await scope.Db.SaveChangesAsync();
        return interviewer.Id;
    }
}
