using System.Text.Json;
using TiesReports.Tests.Infrastructure;

namespace TiesReports.Tests.Reliability;

/// <summary>The hostile-input corpus under tests/TiesReports.Tests/Corpus (see generate.py there).</summary>
public static class HostileCorpus
{
    public sealed record DataCase(string File, string Subject, string? Path, string? Reason, string? Generate);

    public sealed record RequestCase(string Name, string Method, string? Id, string? Query, string? Body, string? ContentType, int Status, string Reason);

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => System.IO.Path.Combine(RepoPaths.Root, "tests", "TiesReports.Tests", "Corpus");

    public static IReadOnlyList<DataCase> DataCases { get; } =
        JsonSerializer.Deserialize<List<DataCase>>(File.ReadAllText(System.IO.Path.Combine(Folder, "cases.json")), Options)!;

    public static IReadOnlyList<RequestCase> RequestCases { get; } =
        JsonSerializer.Deserialize<List<RequestCase>>(File.ReadAllText(System.IO.Path.Combine(Folder, "requests.json")), Options)!;

    /// <summary>The bytes of a case: its committed file, or the generated 50 MB one.</summary>
    public static byte[] Content(DataCase c)
    {
        if (c.Generate == "50MB")
        {
            // A valid-looking object padded with 50 MB of whitespace: large, not malformed.
            var head = "{\"dataset\": {\"id\": \"c999-set\", \"title\": \"Big\", \"asOf\": \"2026-11-01\"}"u8.ToArray();
            var bytes = new byte[50 * 1024 * 1024];
            bytes.AsSpan().Fill((byte)' ');
            head.CopyTo(bytes, 0);
            bytes[^1] = (byte)'}';
            return bytes;
        }

        return File.ReadAllBytes(System.IO.Path.Combine(Folder, "data", c.File));
    }

    public static TheoryData<string> DataCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in DataCases)
        {
            data.Add(c.File);
        }

        return data;
    }

    public static TheoryData<string> RequestCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in RequestCases)
        {
            data.Add(c.Name);
        }

        return data;
    }
}
