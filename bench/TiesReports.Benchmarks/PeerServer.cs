using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace TiesReports.Benchmarks;

/// <summary>
/// A peer engine kept warm in its own process (Typst under Node, WeasyPrint under Python): one request line in,
/// one <c>{"ms","cpuMs","bytes"}</c> line out, wall and CPU time measured inside the peer as ours are inside our process.
/// </summary>
internal sealed class PeerServer : IDisposable
{
    private readonly Process process;

    public PeerServer(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = Paths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
    }

    public (double Ms, int Bytes, double CpuMs) Render(string request)
    {
        process.StandardInput.WriteLine(request);
        process.StandardInput.Flush();
        var line = process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException($"{process.StartInfo.FileName} stopped (exit code {(process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "none")}).");
        using var answer = JsonDocument.Parse(line);
        return (answer.RootElement.GetProperty("ms").GetDouble(), answer.RootElement.GetProperty("bytes").GetInt32(), answer.RootElement.GetProperty("cpuMs").GetDouble());
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5000))
        {
            process.Kill();
        }

        process.Dispose();
    }
}
