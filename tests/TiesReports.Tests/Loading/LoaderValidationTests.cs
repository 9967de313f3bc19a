using System.Text;
using System.Text.Json.Nodes;
using TiesReports.Core.Loading;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Loading;

public sealed class LoaderValidationTests
{
    private static DataError SingleError(LoadResult result)
    {
        Assert.Empty(result.Dataset.Partnerships);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void BrokenCopy_BesideValidSeed_ReportsFilePathAndReason_AndSeedStillLoads()
    {
        var broken = SeedData.Tree();
        broken["dataset"]!["id"] = "broken-copy";
        broken["partnerships"]![0]!["sectors"]![1]!["sector"] = "basket-weaving";
        broken["trade"]![0]!["value"] = -5;

        var result = SeedData.Load((SeedData.FileName, SeedData.Bytes), ("data/broken.json", SeedData.ToBytes(broken)));

        Assert.Equal(["data/broken.json"], result.RejectedFiles);
        Assert.Equal([SeedData.FileName], result.LoadedFiles);
        Assert.Equal(3, result.Dataset.Partnerships.Count);
        Assert.Collection(
            result.Errors.OrderBy(e => e.Path, StringComparer.Ordinal),
            e =>
            {
                Assert.Equal("data/broken.json", e.File);
                Assert.Equal("$.partnerships[0].sectors[1].sector", e.Path);
                Assert.Contains("unknown sector 'basket-weaving'", e.Reason, StringComparison.Ordinal);
            },
            e =>
            {
                Assert.Equal("$.trade[0].value", e.Path);
                Assert.Contains("below the minimum", e.Reason, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void MalformedJson_ReportsLineAndColumn()
    {
        var text = "{\n  \"dataset\": {\n    \"id\": \"x\",,\n  }\n}";

        var error = SingleError(SeedData.Load(("bad.json", Encoding.UTF8.GetBytes(text))));

        Assert.Equal("bad.json", error.File);
        Assert.Equal("line 3, column 15", error.Path);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_IsRejectedWithReason()
    {
        var bytes = SeedData.Bytes;

        var error = SingleError(SeedData.Load(("cut.json", bytes[..(bytes.Length / 2)])));

        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("line ", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void NaNToken_IsNotValidJson()
    {
        var tree = SeedData.ToBytes(SeedData.Tree());
        var text = Encoding.UTF8.GetString(tree).Replace("43600000000", "NaN", StringComparison.Ordinal);

        var error = SingleError(SeedData.Load(("nan.json", Encoding.UTF8.GetBytes(text))));

        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongTypes_AreAllReportedAtOnce()
    {
        var result = SeedData.LoadBroken(t =>
        {
            t["trade"]![0]!["value"] = "43.6 billion";
            t["places"]![0]!["name"] = 42;
            t["partnerships"]![0]!["placeIds"] = "dalian";
        });

        Assert.Equal(
            ["$.partnerships[0].placeIds", "$.places[0].name", "$.trade[0].value"],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains(result.Errors, e => e.Reason == "expected a number, found the string \"43.6 billion\"");
        Assert.Contains(result.Errors, e => e.Reason == "expected a string, found the number 42");
    }

    [Fact]
    public void MissingRequiredField_NamesTheField()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["places"]![1]!.AsObject().Remove("nativeName")));

        Assert.Equal("$.places[1].nativeName", error.Path);
        Assert.Equal("is required but missing", error.Reason);
    }

    [Fact]
    public void UnknownCurrency_SaysItIsNotAnIsoCode()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["trade"]![0]!["currency"] = "XQQ"));

        Assert.Equal("$.trade[0].currency", error.Path);
        Assert.Equal("unknown currency: 'XQQ' is not an ISO 4217 code", error.Reason);
    }

    [Fact]
    public void ReferenceToMissingSource_IsReported()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["events"]![1]!["sourceId"] = "no-such-source"));

        Assert.Equal("$.events[1].sourceId", error.Path);
        Assert.Equal("refers to source 'no-such-source', which no valid data file declares", error.Reason);
    }

    [Fact]
    public void ReferenceToMissingCity_IsReported()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["partnerships"]![1]!["placeIds"]![1] = "khabarovsk"));

        Assert.Equal("$.partnerships[1].placeIds[1]", error.Path);
        Assert.Contains("place 'khabarovsk'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e16, "above the plausible maximum")]
    [InlineData(-1, "below the minimum")]
    public void AbsurdOrNegativeValue_IsRejected(double value, string reason)
    {
        var error = SingleError(SeedData.LoadBroken(t => t["trade"]![0]!["value"] = value));

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeNumberLiteral_IsReportedNotThrown()
    {
        var text = Encoding.UTF8.GetString(SeedData.Bytes).Replace("43600000000", "1e400", StringComparison.Ordinal);

        var error = SingleError(SeedData.Load(("huge.json", Encoding.UTF8.GetBytes(text))));

        Assert.Equal("$.trade[0].value", error.Path);
        Assert.Contains("too large to represent", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIdInFile_PointsAtTheFirstDeclaration()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["places"]![3]!["id"] = "vladivostok"));

        Assert.Equal("$.places[3].id", error.Path);
        Assert.Equal("duplicate id 'vladivostok' in places; first declared at $.places[2].id", error.Reason);
    }

    [Fact]
    public void DuplicateIdAcrossFiles_RejectsTheLaterFileOnly()
    {
        var second = SeedData.Tree();
        second["dataset"]!["id"] = "second";

        var result = SeedData.Load(("a.json", SeedData.Bytes), ("b.json", SeedData.ToBytes(second)));

        Assert.Equal(["a.json"], result.LoadedFiles);
        Assert.All(result.Errors, e => Assert.Equal("b.json", e.File));
        Assert.Contains(result.Errors, e => e.Reason.StartsWith("duplicate id 'dalian' in places; already declared in a.json at $.places[0].id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-02-30", "is not a day of the calendar")]
    [InlineData("2026-13", "month 13 does not exist")]
    [InlineData("0000-01", "outside 1800-2200")]
    [InlineData("12/05/2024", "not a date of the form")]
    public void ImpossibleDate_IsRejected(string date, string reason)
    {
        var error = SingleError(SeedData.LoadBroken(t => t["events"]![0]!["start"] = date));

        Assert.Equal("$.events[0].start", error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("%2e%2e")]
    [InlineData("/abs")]
    [InlineData("Dalian")]
    [InlineData("con")]
    [InlineData("a b")]
    [InlineData("-lead")]
    public void UnsafeId_IsRejected(string id)
    {
        var error = SingleError(SeedData.LoadBroken(t => t["partnerships"]![2]!["id"] = id));

        Assert.Equal("$.partnerships[2].id", error.Path);
    }

    [Fact]
    public void UnknownDateWithoutStatedBasis_IsRejected()
    {
        var error = SingleError(SeedData.LoadBroken(t =>
        {
            var partnership = t["partnerships"]![1]!.AsObject();
            partnership.Remove("sinceNote");
            partnership.Remove("translations");
        }));

        Assert.Equal("$.partnerships[1].sinceNote", error.Path);
        Assert.Contains("must say why the date is unknown", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BidiOverrideInText_IsRejected()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["places"]![0]!["name"] = "Dal\u202Eian"));

        Assert.Contains("bidirectional control U+202E", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnpairedSurrogateEscape_IsRejected()
    {
        var text = Encoding.UTF8.GetString(SeedData.Bytes).Replace("\"Tomsk\"", "\"To\\ud800msk\"", StringComparison.Ordinal);

        var error = SingleError(SeedData.Load(("surrogate.json", Encoding.UTF8.GetBytes(text))));

        Assert.Contains("unpaired surrogate", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltProperty_IsReportedNotIgnored()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["places"]![0]!["nativName"] = "大连"));

        Assert.Equal("$.places[0].nativName", error.Path);
        Assert.StartsWith("unknown property 'nativName'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ConversionInconsistentWithItsRate_IsRejected()
    {
        var error = SingleError(SeedData.LoadBroken(t => t["trade"]![0]!["conversions"]![0]!["rate"] = 0.5));

        Assert.Equal("$.trade[0].conversions[0].value", error.Path);
    }

    [Fact]
    public void OversizedFile_IsRefusedUnread()
    {
        var loader = new DatasetLoader(new LoaderOptions { MaxFileBytes = 1_000 });

        var result = loader.Load([("big.json", SeedData.Bytes)]);

        var error = Assert.Single(result.Errors);
        Assert.Contains("at most 1,000 are read", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RootThatIsNotAnObject_IsReported()
    {
        var error = SingleError(SeedData.Load(("array.json", Encoding.UTF8.GetBytes("[1,2,3]"))));

        Assert.Equal("$", error.Path);
        Assert.Equal("expected an object, found an array", error.Reason);
    }

    [Fact]
    public void ErrorsNeverCarryStackTraces()
    {
        var result = SeedData.LoadBroken(t =>
        {
            t["sources"] = new JsonArray(JsonValue.Create(1), JsonValue.Create("x"));
            t["places"]![0]!["country"] = new JsonObject();
        });

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.DoesNotContain(" at TiesReports.", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenCopyWithDanglingReferences_SortedFirst_DoesNotTakeTheValidFileDown()
    {
        var copy = SeedData.Tree();
        copy["dataset"]!["id"] = "copy";
        copy["places"] = new JsonArray();

        var result = SeedData.Load(("a-broken-copy.json", SeedData.ToBytes(copy)), ("b-seed.json", SeedData.Bytes));

        Assert.Equal(["b-seed.json"], result.LoadedFiles);
        Assert.Equal(["a-broken-copy.json"], result.RejectedFiles.Distinct());
        Assert.Contains(result.Errors, e => e.Reason == "refers to place 'dalian', declared in b-seed.json, which declares some of the same ids as this file");
        Assert.Equal(3, result.Dataset.Partnerships.Count);
    }
}
