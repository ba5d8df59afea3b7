using System.Diagnostics;

namespace Panelist.Benchmarks;

/// <summary>The twin (<see cref="TwinServer"/>) as its own process: this benchmark's build output run with <c>twin</c>.</summary>
public sealed class TwinProcess : IAsyncDisposable
{
    private readonly Process _process;

    private TwinProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public static async Task<TwinProcess> StartAsync(string connectionString, Guid organization, int port)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Panelist.Benchmarks.dll"), "twin", "--postgres", connectionString,
                     "--organization", organization.ToString(), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).IsSuccessStatusCode)
                {
                    return new TwinProcess(process);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        process.Kill();
        throw new InvalidOperationException("The twin did not become ready.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
