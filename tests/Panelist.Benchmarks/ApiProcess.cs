using System.Diagnostics;

namespace Panelist.Benchmarks;

/// <summary>The real API, started from its build output as its own process on PostgreSQL (Production settings).</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    public const string SigningKey = "YmVuY2htYXJrLW9ubHktc2lnbmluZy1rZXktMzItYnl0ZXM=";

    /// <summary>The benchmark's own audit checkpoint key (Production refuses to start without one); one fixed key, so
    /// that checkpoints written by an earlier run on the same database still verify.</summary>
    public const string CheckpointKey = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEIC9K5pIVZe2qgferUPWG2lkMCkb7Ke8z8ndRIon+3RLn
        -----END PRIVATE KEY-----
        """;

    /// <summary>The benchmark's personal-data master key (Production refuses to start without one); fixed, so that the
    /// candidates a generation encrypted still decrypt in later runs on the same database.</summary>
    public const string MasterKey = "VHgM5Ozo45hB6wDsLSp41ciGssjq6GMUo887N3/ecXg=";

    private readonly Process _process;

    private ApiProcess(Process process) => _process = process;

    /// <summary>The API's process id, to read its memory from <c>/proc</c>.</summary>
    public int Id => _process.Id;

    public static string ApiDll => Path.Combine(AppContext.BaseDirectory, "Panelist.Api.dll");

    public static ProcessStartInfo Command(string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false };
        start.ArgumentList.Add(ApiDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Auth__SigningKey"] = SigningKey;
        start.Environment["Audit__CheckpointKey"] = CheckpointKey;
        start.Environment["Privacy__MasterKey"] = MasterKey;
        start.Environment["Limits__RequestsPerWindow"] = "100000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Background workers, not request cost (the twin runs none): the SLA job scans the 1M interviews each minute and
        // the dispatcher retries the e-mail every booking raises; both would land in the CPU and allocation per request.
        start.Environment["Sla__Enabled"] = "false";
        start.Environment["Notifications__Enabled"] = "false";
        return start;
    }

    public static async Task<ApiProcess> StartAsync(string connectionString, int port, params (string Key, string Value)[] settings)
    {
        var start = Command(connectionString, "--urls", $"http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).IsSuccessStatusCode)
                {
                    return new ApiProcess(process);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        process.Kill();
        throw new InvalidOperationException("The API did not become ready.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
