using System.Net;
using System.Net.Sockets;

namespace Panelist.Benchmarks;

/// <summary>Ports for the processes a benchmark starts (API replicas, the twin).</summary>
internal static class Ports
{
    /// <summary>A loopback port free at this moment, from the operating system.</summary>
    public static int Free()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
