using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Panelist.Testing.Databases;

namespace Panelist.Testing.Api;

/// <summary>
/// The built API as a process of its own (as <c>eng/e2e.sh</c> starts it), in Development so that
/// <c>/dev/token</c> works, on a test's database: for tests that must kill it (SIGKILL) and start it again.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The graphql-transport-ws endpoint of this replica.</summary>
    public Uri WebSocketAddress => new UriBuilder(Address) { Scheme = "ws", Path = "/graphql" }.Uri;

    /// <summary>What the process wrote, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string Dll => Path.Combine(RepositoryPaths.Root, "src", "Api", "Panelist.Api", "bin", "Debug", "net10.0", "Panelist.Api.dll");

    /// <summary>Starts the API on a free port, migrating <paramref name="database"/> if needed, and waits until it is ready.</summary>
    public static async Task<ApiProcess> StartAsync(TestDatabase database, params (string Key, string Value)[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Privacy__MasterKey"] = database.MasterKey;
        start.Environment["Startup__MigrateDatabase"] = "true";
        start.Environment["Startup__SeedDemoData"] = "false";
        start.Environment["Dispatcher__Enabled"] = "false";
        start.Environment["Limits__RequestsPerWindow"] = "1000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var api = new ApiProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), address);
        await api.WaitUntilReadyAsync();
        return api;
    }

    /// <summary>A client whose requests carry a development token (<c>POST /dev/token</c>) for a demo user.</summary>
    public async Task<GraphQLClient> ClientAsync(string role, string? organization)
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync("/dev/token", new { role, organization });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>SIGSTOP: the process freezes mid-request; nothing more is committed or sent until <see cref="ResumeAsync"/>.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT after <see cref="PauseAsync"/>.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    /// <summary>SIGKILL: no shutdown, no flush, requests in flight get no answer.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }

            await Task.Delay(100);
        }

        await KillAsync();
        throw new InvalidOperationException($"The API did not become ready:\n{Output}");
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
