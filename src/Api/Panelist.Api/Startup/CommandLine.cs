using System.Globalization;
using Panelist.Domain.Seeding;

namespace Panelist.Api.Startup;

/// <summary>
/// Maintenance commands of the one executable:
/// <c>migrate</c>, <c>seed</c> (the demo data), and
/// <c>generate --interviewers N --interviews N [--engagements-per-org N] [--no-audit]</c> for benchmark volumes.
/// </summary>
public static class CommandLine
{
    public static readonly string[] Commands = ["migrate", "seed", "generate"];

    /// <summary>Runs the command named by the first argument, if any; true when one ran.</summary>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0]))
        {
            return false;
        }

        var ct = CancellationToken.None;
        await DatabaseStartup.MigrateAsync(app.Services, ct);
        var report = args[0] switch
        {
            "seed" => await DatabaseStartup.SeedAsync(app.Services, SeedOptions.Demo, onlyIfEmpty: true, ct),
            "generate" => await DatabaseStartup.SeedAsync(app.Services, GeneratorOptions(args), onlyIfEmpty: true, ct),
            _ => null,
        };
        Console.WriteLine(report is null ? $"{args[0]}: done (nothing generated if the database already held the demo organizations)" : $"{args[0]}: {report}");
        return true;
    }

    private static SeedOptions GeneratorOptions(string[] args)
    {
        int Read(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new SeedOptions
        {
            Seed = Read("--seed", 7),
            Interviewers = Read("--interviewers", 100_000),
            Interviews = Read("--interviews", 1_000_000),
            EngagementsPerOrganization = Read("--engagements-per-org", 10),
            BatchSize = Read("--batch-size", 5_000),
            Audit = !args.Contains("--no-audit"),
        };
    }
}
