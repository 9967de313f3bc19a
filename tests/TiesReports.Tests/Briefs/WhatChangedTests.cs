using System.Text.Json.Nodes;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// "What changed since last month": each brief's model is stored beside its PDF, and the next month's brief is
/// compared with it. Two months of data, through the real service and a real folder store.
/// </summary>
public sealed class WhatChangedTests : IDisposable
{
    private const string Source = "chinadaily-dalian-russian-cities";
    private static readonly Month October = new(2026, 10);
    private static readonly Month November = new(2026, 11);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task FirstBrief_SaysThereIsNothingToCompareWith_AndStoresItsModelBesideThePdf()
    {
        var service = Service(SeedData.Tree());

        var outcome = await service.GetOrCreateAsync(new BriefRequest("dalian-arkhangelsk", October), BriefWriteMode.RefreshIfChanged, CancellationToken.None);
        var briefing = await service.BuildAsync(new BriefRequest("dalian-arkhangelsk", October), CancellationToken.None);

        Assert.Equal(BriefStatus.Rendered, outcome.Status);
        Assert.Null(briefing.Changes.ComparedWith);
        Assert.Equal(["No brief for September 2026 is stored, so there is nothing to compare with yet."], briefing.Changes.Lines);
        var model = await service.Store.ReadAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-10.json", CancellationToken.None);
        Assert.NotNull(BriefingModel.ReadSnapshot(model!.Content.Span));
    }

    [Fact]
    public async Task TwoMonthsOfData_ListNewAndRevisedFigures_StatusChanges_AndNewEvents()
    {
        var october = SeedData.Tree();
        AddTrade(october, "2025", 1_000_000_000);
        await Service(october).GetOrCreateAsync(new BriefRequest("dalian-arkhangelsk", October), BriefWriteMode.RefreshIfChanged, CancellationToken.None);

        var november = SeedData.Tree();
        AddTrade(november, "2025", 1_100_000_000);
        november["partnerships"]![0]!["sectors"]![5]!["status"] = "agreed";
        november["events"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "port-forum",
            ["name"] = "Dalian–Arkhangelsk port forum",
            ["kind"] = "forum",
            ["placeId"] = "arkhangelsk",
            ["relatedPlaceIds"] = new JsonArray("dalian"),
            ["start"] = "2026-11-12",
            ["sourceId"] = Source,
        });
        var service = Service(november);

        var briefing = await service.BuildAsync(new BriefRequest("dalian-arkhangelsk", November), CancellationToken.None);

        Assert.Equal("October 2026", briefing.Changes.ComparedWith);
        Assert.Contains($"Revised: Dalian – Arkhangelsk, reported by the Dalian side, annual 2025: {Formats.Money(1_000_000_000, "CNY")} → {Formats.Money(1_100_000_000, "CNY")}.", briefing.Changes.Lines);
        Assert.Contains("Changed: Infrastructure connectivity (Arkhangelsk): stated aim → agreed.", briefing.Changes.Lines);
        Assert.Contains("New event: Dalian–Arkhangelsk port forum (12 November 2026).", briefing.Changes.Lines);
        Assert.Equal(3, briefing.Changes.Lines.Count);

        var pdf = await service.GetOrCreateAsync(new BriefRequest("dalian-arkhangelsk", November), BriefWriteMode.RefreshIfChanged, CancellationToken.None);
        var text = string.Join("\n", Infrastructure.Briefs.PageTexts(pdf.Content!.Value.ToArray()));
        Assert.Contains("What changed since October 2026", text, StringComparison.Ordinal);
        Assert.Contains($"{Formats.Money(1_000_000_000, "CNY")} → {Formats.Money(1_100_000_000, "CNY")}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnchangedData_SaysNothingChanged()
    {
        var service = Service(SeedData.Tree());
        await service.GetOrCreateAsync(new BriefRequest("dalian-arkhangelsk", October), BriefWriteMode.RefreshIfChanged, CancellationToken.None);

        var briefing = await service.BuildAsync(new BriefRequest("dalian-arkhangelsk", November), CancellationToken.None);

        Assert.Equal(["No recorded fact changed since the October 2026 brief."], briefing.Changes.Lines);
    }

    [Fact]
    public async Task DamagedStoredModel_MeansNothingToCompareWith_NotAFailedBrief()
    {
        var service = Service(SeedData.Tree());
        await service.Store.WriteAsync(StoreArea.Briefs, "dalian-arkhangelsk/2026-10.json", "{not json"u8.ToArray(), WriteRequest.Json, CancellationToken.None);

        var briefing = await service.BuildAsync(new BriefRequest("dalian-arkhangelsk", November), CancellationToken.None);

        Assert.Null(briefing.Changes.ComparedWith);
    }

    private BriefService Service(JsonObject data)
    {
        Directory.CreateDirectory(_folder.Combine("data"));
        File.WriteAllBytes(_folder.Combine("data", SeedData.FileName), SeedData.ToBytes(data));
        var store = new FolderReportStore(new FolderStoreOptions { DataPath = _folder.Combine("data"), BriefsPath = _folder.Combine("briefs") });
        return new BriefService(store, new DatasetLoader());
    }

    private static void AddTrade(JsonObject tree, string period, decimal value) =>
        tree["trade"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "dalian-arkhangelsk-" + period,
            ["reporterId"] = "dalian",
            ["counterpartId"] = "arkhangelsk",
            ["period"] = period,
            ["value"] = value,
            ["currency"] = "CNY",
            ["sourceId"] = Source,
        });
}
