using System.Globalization;
using Panelist.Api.GraphQL;
using Panelist.Domain.Seeding;

namespace Panelist.Api.Startup;

/// <summary>
/// Maintenance commands of the one executable:
/// <c>migrate</c>, <c>seed</c> (the demo data),
/// <c>generate --interviewers N --interviews N [--engagements-per-org N] [--no-audit]</c> for benchmark volumes
/// (into an empty database), and <c>export-schema [path]</c> to write the SDL (default <c>schema/schema.graphql</c>).
/// </summary>
public static class CommandLine
{
    public static readonly string[] Commands = ["migrate", "seed", "generate", "export-schema"];

    /// <summary>Runs the command named by the first argument, if any; true when one ran.</summary>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0]))
        {
            return false;
        }

        var ct = CancellationToken.None;
        if (args[0] == "export-schema")
        {
            var path = Path.GetFullPath(args.Length > 1 ? args[1] : "schema/schema.graphql", RepositoryRoot());
            await File.WriteAllTextAsync(path, SchemaExport.Sdl(app.Services), ct);
            Console.WriteLine($"export-schema: wrote {path}");
            return true;
        }

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

    /// <summary><c>dotnet run</c> starts in the project folder; paths given to commands are meant from the repository root.</summary>
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Api.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Environment.CurrentDirectory;
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
