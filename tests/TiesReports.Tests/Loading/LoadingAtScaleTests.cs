using System.Text;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;
using TiesReports.Core.Synthetic;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Loading;

/// <summary>
/// Loading many files and huge ones: references across hundreds of files resolve, an oversized file is refused
/// from the listing before it is read, and a change to one file re-parses that file only.
/// </summary>
public sealed class LoadingAtScaleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private FolderReportStore Store() => new(new FolderStoreOptions { DataPath = _folder.Combine("data"), BriefsPath = _folder.Combine("briefs") });

    private void WriteSplitDataset(int partnerships)
    {
        Directory.CreateDirectory(_folder.Combine("data"));
        foreach (var (name, content) in SyntheticDatasetSplitter.Split(new SyntheticDatasetOptions { Partnerships = partnerships, TradeYears = 1, SectorsPerPartnership = 2, EventsPerPartnership = 2 }))
        {
            File.WriteAllBytes(_folder.Combine("data", name), content);
        }
    }

    [Fact]
    public async Task ThreeHundredFiles_ReferringAcrossFiles_AllLoad()
    {
        WriteSplitDataset(300);

        var result = await new DatasetLoader().LoadAsync(Store(), CancellationToken.None);

        Assert.Empty(result.Errors);
        Assert.Equal(301, result.LoadedFiles.Count);
        Assert.Equal(300, result.Dataset.Partnerships.Count);
        Assert.Equal(_folder.Combine("data", SyntheticDatasetSplitter.PartnershipFileName(41)), Path.GetFullPath(result.Dataset.PartnershipFiles[SyntheticDatasetGenerator.PartnershipId(41)]));
    }

    [Fact]
    public async Task SharedPlacesFileRejected_EveryFileThatNeedsIt_IsRejectedNamingIt()
    {
        WriteSplitDataset(50);
        await File.WriteAllTextAsync(_folder.Combine("data", SyntheticDatasetSplitter.SharedFileName), "{\"dataset\": 1}");

        var result = await new DatasetLoader().LoadAsync(Store(), CancellationToken.None);

        Assert.Empty(result.LoadedFiles);
        Assert.Equal(51, result.RejectedFiles.Distinct().Count());
        Assert.Contains(result.Errors, e => e.File.EndsWith(SyntheticDatasetSplitter.PartnershipFileName(7), StringComparison.Ordinal)
            && e.Reason.Contains("which no valid data file declares", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangeToOneFile_ReparsesThatFileOnly()
    {
        WriteSplitDataset(20);
        var loader = new DatasetLoader();
        var first = await loader.LoadAsync(Store(), CancellationToken.None);
        var parsedFirst = loader.ParseCount;

        var path = _folder.Combine("data", SyntheticDatasetSplitter.PartnershipFileName(3));
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("\"stage\":\"", "\"stage\":\"x", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var second = await loader.LoadAsync(Store(), CancellationToken.None);
        var third = await loader.LoadAsync(Store(), CancellationToken.None);

        Assert.Equal(21, parsedFirst);
        Assert.Equal(22, loader.ParseCount);
        Assert.Empty(first.Errors);
        Assert.Equal(20, third.Dataset.Partnerships.Count + 1);
        Assert.Equal(second.Errors, third.Errors);
        Assert.Contains(third.Errors, e => e.Path == "$.partnerships[0].stage");
    }

    [Fact]
    public async Task WithoutKeptParses_ALoadAgainParsesEveryFile_AndGivesTheSameData()
    {
        WriteSplitDataset(5);
        var loader = new DatasetLoader(new LoaderOptions { KeepParses = false });

        var first = await loader.LoadAsync(Store(), CancellationToken.None);
        var second = await loader.LoadAsync(Store(), CancellationToken.None);

        Assert.Equal(12, loader.ParseCount);
        Assert.Empty(second.Errors);
        Assert.Equal(first.Dataset.Partnerships.Select(p => p.Id), second.Dataset.Partnerships.Select(p => p.Id));
    }

    [Fact]
    public async Task IdsNamedByManyRows_AreHeldOnce_AcrossFiles()
    {
        WriteSplitDataset(40);

        var result = await new DatasetLoader(new LoaderOptions { KeepParses = false }).LoadAsync(Store(), CancellationToken.None);

        // Every partnership (one file each) names the hub and cites the generator: one string each, not forty.
        var partnerships = result.Dataset.Partnerships;
        Assert.Equal(40, partnerships.Count);
        Assert.Single(partnerships.Select(p => p.PlaceIds[0]).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(partnerships.Select(p => p.SourceId).Concat(result.Dataset.Places.Select(p => p.SourceId)).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(partnerships.Select(p => p.Stage).Where(s => s == partnerships[0].Stage).Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void EscapedId_ResolvesAndIsTheSameStringAsItsPlainSpelling()
    {
        // "\u0064" is "d".
        var plain = "\"placeIds\": [\"dalian\", \"arkhangelsk\"]";
        var text = Encoding.UTF8.GetString(SeedData.Bytes);
        Assert.Contains(plain, text, StringComparison.Ordinal);

        var result = SeedData.Load(("escaped.json", Encoding.UTF8.GetBytes(text.Replace(plain, "\"placeIds\": [\"\\u0064alian\", \"arkhangelsk\"]", StringComparison.Ordinal))));

        Assert.Empty(result.Errors);
        var escaped = result.Dataset.Partnerships.Single(p => p.Id == "dalian-arkhangelsk").PlaceIds[0];
        Assert.Equal("dalian", escaped);
        Assert.Same(escaped, result.Dataset.Institutions.First(i => i.HostPlaceId == "dalian").HostPlaceId);
    }

    [Theory]
    [InlineData(3L * 1024 * 1024 * 1024)]
    [InlineData(1024L * 1024 * 1024 * 1024)]
    public async Task SparseHugeFile_IsRefusedFromTheListing_AndTheOtherFilesLoad(long size)
    {
        WriteSplitDataset(3);
        using (var stream = new FileStream(_folder.Combine("data", "dump.json"), FileMode.Create))
        {
            stream.SetLength(size);
        }

        var loader = new DatasetLoader();
        var result = await loader.LoadAsync(Store(), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith("dump.json", error.File, StringComparison.Ordinal);
        Assert.Equal($"file is {size:N0} bytes; at most 16,777,216 are read", error.Reason);
        Assert.Equal(4, loader.ParseCount);
        Assert.Equal(3, result.Dataset.Partnerships.Count);
    }

    [Fact]
    public async Task Cli_ValidateOfASparseThreeGigabyteFile_ExitsOneWithAClearError()
    {
        WriteSplitDataset(2);
        using (var stream = new FileStream(_folder.Combine("data", "dump.json"), FileMode.Create))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024);
        }

        var result = await CliRunner.RunAsync(_folder.Path, "validate", "--data", "data");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("data/dump.json: $: file is 3,221,225,472 bytes; at most 16,777,216 are read", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("3 valid file(s), 1 rejected", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_AreRejected_AsEveryOtherJsonToolRejectsThem()
    {
        var text = Encoding.UTF8.GetString(SeedData.Bytes);
        var withComment = "// a note\n" + text;

        var result = SeedData.Load(("commented.json", Encoding.UTF8.GetBytes(withComment)));

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 1, column 1", error.Path);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8ByteOrderMark_IsAccepted()
    {
        var result = SeedData.Load(("bom.json", [0xEF, 0xBB, 0xBF, .. SeedData.Bytes]));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Dataset.Partnerships.Count);
    }

    [Fact]
    public void SchemaPropertyBelowTheTop_IsAnUnknownProperty()
    {
        var result = SeedData.LoadBroken(t => t["places"]![0]!["$schema"] = "x");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.places[0].$schema", error.Path);
    }

    public void Dispose() => _folder.Dispose();
}
