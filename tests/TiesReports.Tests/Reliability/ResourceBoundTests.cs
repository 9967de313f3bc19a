using System.Diagnostics;
using System.Text.Json.Nodes;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Model;
using TiesReports.Core.Synthetic;
using TiesReports.Layout.Rendering;
using TiesReports.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace TiesReports.Tests.Reliability;

/// <summary>Pathological but valid data renders within stated bounds, or fails with a clear error; never both slow and silent.</summary>
public sealed class ResourceBoundTests
{
    /// <summary>The bounds docs/reliability.md states for a brief of 10,000 sectors and 10,000 events.</summary>
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(60);
    private const long AllocationBoundBytes = 4L * 1024 * 1024 * 1024;

    private static JsonObject Synthetic(int partnerships, int sectors, int events, int years) =>
        System.Text.Json.Nodes.JsonNode.Parse(SyntheticDatasetGenerator.Generate(new SyntheticDatasetOptions
        {
            Partnerships = partnerships, SectorsPerPartnership = sectors, EventsPerPartnership = events, TradeYears = years,
        }))!.AsObject();

    [Fact]
    public void TenThousandSectorsAndEvents_RenderWithinTheStatedBounds()
    {
        var result = SeedData.Load(("big.json", SeedData.ToBytes(Synthetic(1, 10_000, 10_000, 2))));
        Assert.Empty(result.Errors);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var briefing = new BriefingBuilder(result.Dataset).Build(new BriefRequest(SyntheticDatasetGenerator.PartnershipId(0), new Month(2026, 11)));
        var pdf = BriefRenderer.Render(briefing);

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 200, 1_000);
        Assert.True(watch.Elapsed < TimeBound, $"took {watch.Elapsed}");
        Assert.True(allocated < AllocationBoundBytes, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void AThousandYearsOfMonthlyTrade_IsRefusedWithAClearError()
    {
        var data = Synthetic(1, 1, 1, 1);
        var trade = data["trade"]!.AsArray();
        var template = trade[0]!.DeepClone().AsObject();
        trade.Clear();
        for (var year = 1026; year < 2026; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var row = template.DeepClone().AsObject();
                row["id"] = $"t-{year}-{month:D2}";
                row["period"] = $"{year}-{month:D2}";
                row["conversions"]![0]!["rateDate"] = $"{Math.Max(year, 1800)}-{month:D2}";
                trade.Add(row);
            }
        }

        var result = SeedData.Load(("millennium.json", SeedData.ToBytes(data)));

        Assert.Empty(result.Dataset.Partnerships);
        Assert.Contains(result.Errors, e => e.Path == "$.trade[0].period" && e.Reason.Contains("year 1026 is outside 1800-2200", StringComparison.Ordinal));
    }

    [Fact]
    public void ABriefBeyondThePageLimit_FailsWithAClearError()
    {
        var result = SeedData.Load(("huge.json", SeedData.ToBytes(Synthetic(1, 40_000, 0, 0))));
        Assert.Empty(result.Errors);
        var briefing = new BriefingBuilder(result.Dataset).Build(new BriefRequest(SyntheticDatasetGenerator.PartnershipId(0), new Month(2026, 11)));

        var error = Assert.Throws<BriefTooLargeException>(() => BriefRenderer.Render(briefing));

        Assert.Contains("more than 1,000 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOversizedPartnership_DoesNotStopTheBatch()
    {
        using var folder = new TempFolder();
        var data = Synthetic(12, 8, 6, 2);
        var sectors = data["partnerships"]![3]!["sectors"]!.AsArray();
        var template = sectors[0]!.DeepClone();
        for (var i = 0; i < 40_000; i++)
        {
            sectors.Add(template.DeepClone());
        }

        Directory.CreateDirectory(folder.Combine("data"));
        await File.WriteAllBytesAsync(folder.Combine("data", "mixed.json"), SeedData.ToBytes(data));

        var result = await CliRunner.RunAsync(folder.Path, "batch", "--data", folder.Combine("data"), "--out", "briefs", "--period", "2026-11");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("11 of 12 briefs", result.StdOut, StringComparison.Ordinal);
        Assert.Contains($"failed: {SyntheticDatasetGenerator.PartnershipId(3)}: The document would run to more than 1,000 pages", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(11, Directory.EnumerateFiles(folder.Combine("briefs"), "*.pdf", SearchOption.AllDirectories).Count());
    }
}
