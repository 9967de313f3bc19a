using System.Net;
using System.Net.Sockets;

namespace TiesReports.Tests.Infrastructure;

/// <summary>A TCP port on the loopback that nothing listens on right now.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
