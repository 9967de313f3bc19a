using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MimeKit;

namespace TiesReports.Tests.Infrastructure;

/// <summary>
/// A real SMTP server: smtp4dev, the local dotnet tool pinned in .config/dotnet-tools.json (restored with
/// 'dotnet tool restore'), on free ports with an in-memory database. Its own executable is started
/// directly, so stopping it by its process id stops all of it. Received messages are read over its HTTP API.
/// </summary>
public sealed class Smtp4devProcess : IAsyncDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "ties-smtp4dev-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly HttpClient _api;
    private Process? _process;

    private Smtp4devProcess(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        WebPort = webPort;
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    public static async Task<Smtp4devProcess> StartAsync()
    {
        var server = new Smtp4devProcess(FreePorts.Next(), FreePorts.Next());
        await server.RunAsync();
        return server;
    }

    /// <summary>The tool's main assembly in the NuGet package folder, at the version the manifest pins.</summary>
    public static string ToolPath()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json")));
        var version = manifest.RootElement.GetProperty("tools").GetProperty("rnwood.smtp4dev").GetProperty("version").GetString()!;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var tools = Path.Combine(packages, "rnwood.smtp4dev.linux-x64", version, "tools");
        var dll = Directory.Exists(tools) ? Directory.GetFiles(tools, "Rnwood.Smtp4dev.dll", SearchOption.AllDirectories).FirstOrDefault() : null;
        return dll ?? throw new InvalidOperationException($"smtp4dev {version} is not installed under {tools}; run 'dotnet tool restore' in {RepoPaths.Root}.");
    }

    private async Task RunAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath());
        foreach (var arg in new[]
        {
            $"--smtpport={SmtpPort}", $"--imapport={FreePorts.Next()}", $"--pop3port={FreePorts.Next()}",
            $"--urls=http://127.0.0.1:{WebPort}", "--db=", "--nousersettings", $"--baseappdatapath={_dataDir}",
            "--tlsmode=None", "--hostname=localhost", "--bindaddress=127.0.0.1",
        })
        {
            start.ArgumentList.Add(arg);
        }

        Directory.CreateDirectory(_dataDir);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start smtp4dev.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // A bounded wait for an external process: its API answers once SMTP and HTTP are both up.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev exited at start with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await _api.GetAsync("api/messages");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("smtp4dev did not answer within 120 s.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Summaries of every message received for an address (smtp4dev lists newest first).</summary>
    public async Task<List<JsonObject>> MessagesToAsync(string address)
    {
        var page = await _api.GetFromJsonAsync<JsonObject>("api/messages?pageSize=1000");
        return page!["results"]!.AsArray()
            .Select(m => m!.AsObject())
            .Where(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>
    /// Waits until smtp4dev has stored everything sent before: sends a marker message and waits for it
    /// (a bounded wait on the external process). smtp4dev stores messages in the order it accepts them.
    /// </summary>
    public async Task FlushAsync()
    {
        var marker = $"flush-{Guid.NewGuid():N}@tiesreports.test";
        using (var client = new MailKit.Net.Smtp.SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", SmtpPort, MailKit.Security.SecureSocketOptions.None);
            using var message = new MimeMessage([MailboxAddress.Parse("tests@tiesreports.test")], [MailboxAddress.Parse(marker)], "flush", new TextPart("plain") { Text = "flush" });
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await MessagesToAsync(marker)).Count == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("smtp4dev did not store a message within 30 s.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The message as it arrived on the wire, parsed.</summary>
    public async Task<MimeMessage> ReadAsync(string id)
    {
        await using var raw = await _api.GetStreamAsync($"api/messages/{id}/download");
        return await MimeMessage.LoadAsync(raw);
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"smtp4dev smtp:{SmtpPort} http:{WebPort}");
}
