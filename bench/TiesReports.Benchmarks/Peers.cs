using System.Diagnostics;
using System.Text.Json;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;

namespace TiesReports.Benchmarks;

/// <summary>
/// TiesReports beside Typst, WeasyPrint and headless Chromium on the same briefing, every engine's input generated
/// from the one <see cref="Briefing"/>, the engines interleaved round by round so a drifting machine slows all alike.
/// </summary>
internal static class Peers
{
    public static string Folder => Path.Combine(Paths.Root, "bench", "peers");

    public static bool TypstAvailable => File.Exists(Path.Combine(Folder, "node_modules", "@myriaddreamin", "typst-ts-node-compiler", "package.json"));

    public const string WeasyPrint = "/usr/bin/weasyprint";

    public static bool WeasyPrintAvailable => File.Exists(WeasyPrint);

    /// <summary>Debian's Python, the one its weasyprint package installs into (a python3 earlier on PATH may lack it).</summary>
    public const string Python = "/usr/bin/python3";

    public static string Missing =>
        string.Join("; ", new[]
        {
            TypstAvailable ? null : "Typst: `npm ci --prefix bench/peers`",
            WeasyPrintAvailable ? null : "WeasyPrint: `apt-get install weasyprint`",
            ChromiumSideBySide.Available ? null : "Chromium: `apt-get install chromium`",
        }.OfType<string>());

    /// <summary>Writes the brief as Typst and HTML once, for the peers that read files.</summary>
    public static (string Typst, string Html) WriteSources(Briefing briefing)
    {
        var folder = Directory.CreateTempSubdirectory("ties-peers-").FullName;
        var typst = Path.Combine(folder, "brief.typ");
        var html = Path.Combine(folder, "brief.html");
        File.WriteAllText(typst, TypstBrief.Render(briefing));
        File.WriteAllText(html, HtmlBrief.Render(briefing));
        return (typst, html);
    }

    public static async Task<IReadOnlyList<Row>> WarmAsync(Briefing briefing, int rounds)
    {
        var (typst, html) = WriteSources(briefing);
        var engines = new List<Engine>
        {
            new("TiesReports (PDFsharp + own layout)", () => Task.FromResult(Timed(() => BriefRenderer.Render(briefing).Length))),
        };
        using var typstServer = TypstAvailable ? new PeerServer("node", Path.Combine(Folder, "typst.mjs"), "--serve") : null;
        using var weasyServer = WeasyPrintAvailable ? new PeerServer(Python, Path.Combine(Folder, "weasyprint_serve.py")) : null;
        await using var chromium = ChromiumSideBySide.Available ? await ChromiumSideBySide.LaunchAsync() : null;
        if (typstServer is not null)
        {
            engines.Add(new("Typst 0.7 node compiler, fresh document (memo cache evicted)", () => Task.FromResult(typstServer.Render(Request(typst, fresh: true)))));
            engines.Add(new("Typst 0.7 node compiler, same document again (memoised)", () => Task.FromResult(typstServer.Render(Request(typst, fresh: false)))));
        }

        if (weasyServer is not null)
        {
            engines.Add(new("WeasyPrint (Debian, warm Python process)", () => Task.FromResult(weasyServer.Render(html))));
        }

        if (chromium is not null)
        {
            engines.Add(new("Headless Chromium (warm, PuppeteerSharp)", async () =>
            {
                var start = Stopwatch.GetTimestamp();
                var bytes = await chromium.PrintAsync(briefing);
                return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, bytes);
            }));
        }

        // Ours is warmed like the rendering section (tiered compilation needs a few hundred calls and seconds to
        // finish optimising); the peers' hot paths are native or already warm after a few documents.
        foreach (var engine in engines)
        {
            for (var i = 0; i < (engine == engines[0] ? 300 : 5); i++)
            {
                await engine.RunAsync();
            }

            engine.Samples.Clear();
            engine.Cpu.Clear();
        }

        await InterleaveAsync(engines, rounds);
        return Rows(engines);
    }

    /// <summary>
    /// Typst on several briefings (the same brief in each language), fresh documents, interleaved round by round:
    /// what another engine pays for a language's glyphs, beside what TiesReports pays.
    /// </summary>
    public static IReadOnlyList<Row> TypstFresh(IReadOnlyList<(string Name, Briefing Briefing)> briefings, int rounds)
    {
        using var server = new PeerServer("node", Path.Combine(Folder, "typst.mjs"), "--serve");
        var engines = briefings.Select(b =>
        {
            var (typst, _) = WriteSources(b.Briefing);
            return new Engine(b.Name, () => Task.FromResult(server.Render(Request(typst, fresh: true))));
        }).ToList();
        foreach (var engine in engines)
        {
            for (var i = 0; i < 5; i++)
            {
                engine.RunAsync().GetAwaiter().GetResult();
            }

            engine.Samples.Clear();
            engine.Cpu.Clear();
        }

        InterleaveAsync(engines, rounds).GetAwaiter().GetResult();
        return Rows(engines);
    }

    public static IReadOnlyList<Row> Cold(Briefing briefing, IReadOnlyList<ColdStart.Launcher> ties, int rounds)
    {
        var (typst, html) = WriteSources(briefing);
        var output = Path.Combine(Path.GetTempPath(), $"ties-cold-{Guid.NewGuid():N}.pdf");
        var engines = ties.Select(l => new Engine($"TiesReports, {l.Name}", () => Task.FromResult(Process(l.File, [.. l.Prefix, .. ColdStart.MainCommand, "--out", output], output)))).ToList();
        if (TypstAvailable)
        {
            engines.Add(new("Typst 0.7 node compiler (node typst.mjs brief.typ out.pdf)", () => Task.FromResult(Process("node", [Path.Combine(Folder, "typst.mjs"), typst, output], output))));
        }

        if (WeasyPrintAvailable)
        {
            engines.Add(new("WeasyPrint (weasyprint brief.html out.pdf)", () => Task.FromResult(Process(WeasyPrint, [html, output], output))));
        }

        if (ChromiumSideBySide.Available)
        {
            var profile = Directory.CreateTempSubdirectory("ties-chromium-cold-").FullName;
            engines.Add(new("Headless Chromium (chromium --headless --print-to-pdf)", () => Task.FromResult(Process(ChromiumSideBySide.Executable,
                ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + output, "file://" + html], output))));
        }

        // One unrecorded round fills the OS file cache for every engine.
        foreach (var engine in engines)
        {
            engine.RunAsync().GetAwaiter().GetResult();
            engine.Samples.Clear();
            engine.Cpu.Clear();
        }

        InterleaveAsync(engines, rounds).GetAwaiter().GetResult();
        return Rows(engines);
    }

    private static (double Ms, int Bytes, double CpuMs) Timed(Func<int> render)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var bytes = render();
        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, bytes, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static (double Ms, int Bytes, double CpuMs) Process(string file, IEnumerable<string> arguments, string output)
    {
        File.Delete(output);
        var run = ProcessRun.Start(file, arguments);
        if (run.ExitCode != 0 || !File.Exists(output))
        {
            throw new InvalidOperationException($"{file} did not write the PDF (exit {run.ExitCode}): {run.Output}");
        }

        return (run.WallMs, (int)new FileInfo(output).Length, run.CpuMs);
    }

    private static string Request(string file, bool fresh) => JsonSerializer.Serialize(new Dictionary<string, object> { ["file"] = file, ["fresh"] = fresh });

    /// <summary>Round after round, each engine once, the starting engine rotating so none always runs first.</summary>
    private static async Task InterleaveAsync(List<Engine> engines, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < engines.Count; i++)
            {
                await engines[(round + i) % engines.Count].RunAsync();
            }
        }
    }

    /// <summary>Each engine's timing, and its ratio to the first engine (TiesReports) taken round by round.</summary>
    private static List<Row> Rows(List<Engine> engines) =>
        engines.Select(e => new Row(e.Name, e.Samples, e.Cpu, e.Bytes)).ToList();

    /// <summary>Wall and CPU samples (CPU only for whole processes), one per round, in round order.</summary>
    public sealed record Row(string Engine, IReadOnlyList<double> Wall, IReadOnlyList<double> CpuSamples, int Bytes)
    {
        public Stats Timing => Stats.Of(Wall);

        public Stats Cpu => Stats.Of(CpuSamples);

        /// <summary>This engine's time over the other's, round by round, and the median of those ratios.</summary>
        public double WallOver(Row other) => Stats.Of(Wall.Zip(other.Wall, (a, b) => a / b).ToList()).Median;

        public double CpuOver(Row other) => Stats.Of(CpuSamples.Zip(other.CpuSamples, (a, b) => a / b).ToList()).Median;
    }

    private sealed class Engine(string name, Func<Task<(double Ms, int Bytes, double CpuMs)>> run)
    {
        public Engine(string name, Func<Task<(double Ms, int Bytes)>> run)
            : this(name, async () => { var (ms, bytes) = await run(); return (ms, bytes, double.NaN); })
        {
        }

        public string Name => name;

        public List<double> Samples { get; } = [];

        public List<double> Cpu { get; } = [];

        public int Bytes { get; private set; }

        public async Task RunAsync()
        {
            var (ms, bytes, cpu) = await run();
            Samples.Add(ms);
            Cpu.Add(cpu);
            Bytes = bytes;
        }
    }
}
