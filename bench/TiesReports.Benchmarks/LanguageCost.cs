using System.Diagnostics;
using TiesReports.Briefs.Services;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Benchmarks;

/// <summary>
/// What a brief costs in each language: the Dalian brief built and rendered warm in English, Russian and Chinese,
/// the languages interleaved round by round (each round in a rotated order) so that load on a shared machine
/// falls on all of them alike; each language's time is also divided by English's in the same round (paired).
/// </summary>
internal static class LanguageCost
{
    public sealed record Row(Language Language, Stats Wall, double CpuMsPerBrief, double PairedRatio, int Pages, long Bytes);

    /// <summary>The target issue 14 sets: every language within 10% of English.</summary>
    public const double Target = 1.10;

    public static IReadOnlyList<Row> Measure(Dataset dataset, string subject, int rounds, Action<Action> warmUp)
    {
        var languages = Language.All;
        foreach (var language in languages)
        {
            warmUp(() => BriefRenderer.Render(Datasets.Brief(dataset, subject, language)));
        }

        var wall = languages.ToDictionary(l => l, _ => new List<double>(rounds));
        var cpu = languages.ToDictionary(l => l, _ => TimeSpan.Zero);
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < languages.Count; i++)
            {
                var language = languages[(round + i) % languages.Count];
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                BriefRenderer.Render(Datasets.Brief(dataset, subject, language));
                wall[language].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                process.Refresh();
                cpu[language] += process.TotalProcessorTime - cpuBefore;
            }
        }

        var english = wall[Language.English];
        return languages.Select(language =>
        {
            var pdf = BriefRenderer.Render(Datasets.Brief(dataset, subject, language));
            var pages = TiesReports.Layout.Rendering.PdfRenderer.Layout(new TiesReports.Briefs.Document.BriefingDocument(Datasets.Brief(dataset, subject, language)).Compose()).Pages.Count;
            var paired = Stats.Of(wall[language].Select((ms, round) => ms / english[round]).ToList()).Median;
            return new Row(language, Stats.Of(wall[language]), cpu[language].TotalMilliseconds / rounds, paired, pages, pdf.Length);
        }).ToList();
    }

    /// <summary>Median ms of each step for one language: build the briefing, lay it out, draw and save the PDF.</summary>
    public static (double Build, double Layout, double Draw) Spans(Dataset dataset, string subject, Language language, int runs)
    {
        var briefing = Datasets.Brief(dataset, subject, language);
        var build = Stats.Time(runs, () => Datasets.Brief(dataset, subject, language)).Median;
        var layout = Stats.Time(runs, () => TiesReports.Layout.Rendering.PdfRenderer.Layout(new TiesReports.Briefs.Document.BriefingDocument(briefing).Compose())).Median;
        var render = Stats.Time(runs, () => BriefRenderer.Render(briefing)).Median;
        return (build, layout, render - layout);
    }
}
