using System.Globalization;
using System.Runtime.InteropServices;

namespace Panelist.Benchmarks;

/// <summary>
/// What bounds a process holding thousands of sockets on Linux: open files (each socket is one, on the
/// client and on the server), the ephemeral port range (one port per client connection to one address),
/// and memory, read from <c>/proc</c>.
/// </summary>
public static partial class ProcessLimits
{
    private const int RlimitNofile = 7;

    /// <summary>
    /// Raises this process's open-file limit (soft, and hard when privileged) towards <paramref name="wanted"/>;
    /// the API processes started afterwards inherit it. Returns the soft and hard limits in force.
    /// </summary>
    public static (ulong Soft, ulong Hard) RaiseOpenFiles(ulong wanted)
    {
        if (!OperatingSystem.IsLinux() || getrlimit(RlimitNofile, out var limit) != 0)
        {
            return (0, 0);
        }

        var raised = new Rlimit { Current = Math.Max(limit.Current, wanted), Maximum = Math.Max(limit.Maximum, wanted) };
        if (setrlimit(RlimitNofile, ref raised) != 0)
        {
            // Unprivileged: the hard limit cannot rise, the soft one can reach it.
            raised = new Rlimit { Current = Math.Min(wanted, limit.Maximum), Maximum = limit.Maximum };
            _ = setrlimit(RlimitNofile, ref raised);
        }

        _ = getrlimit(RlimitNofile, out limit);
        return (limit.Current, limit.Maximum);
    }

    /// <summary>Resident memory of a process in bytes (<c>VmRSS</c>), 0 when unknown.</summary>
    public static long ResidentBytes(int pid) => StatusField(pid, "VmRSS:") * 1024;

    /// <summary>Open file descriptors of a process.</summary>
    public static int OpenFiles(int pid)
    {
        try
        {
            return Directory.GetFiles($"/proc/{pid}/fd").Length;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The kernel's ephemeral port range, e.g. "32768–60999 (28232 ports)".</summary>
    public static string EphemeralPorts()
    {
        try
        {
            var parts = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var (low, high) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
            return string.Create(CultureInfo.InvariantCulture, $"{low}–{high} ({high - low + 1} ports)");
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static long StatusField(int pid, string name)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Rlimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrlimit(int resource, out Rlimit limit);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setrlimit(int resource, ref Rlimit limit);
}
