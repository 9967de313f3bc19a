using System.Text;
using System.Text.Json.Nodes;
using TiesReports.Core.Loading;

namespace TiesReports.Tests.Infrastructure;

/// <summary>The Dalian seed as text and as a mutable JSON tree, for tests that break a copy of it.</summary>
public static class SeedData
{
    public const string FileName = "dalian-russia.json";

    public static string Path => System.IO.Path.Combine(RepoPaths.Seeds, FileName);

    public static byte[] Bytes => File.ReadAllBytes(Path);

    public static JsonObject Tree() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject();

    public static byte[] ToBytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static LoadResult Load(params (string Name, byte[] Content)[] files) =>
        new DatasetLoader().Load(files.Select(f => (f.Name, (ReadOnlyMemory<byte>)f.Content)));

    /// <summary>Loads a copy of the seed changed by <paramref name="breakIt"/>.</summary>
    public static LoadResult LoadBroken(Action<JsonObject> breakIt)
    {
        var tree = Tree();
        breakIt(tree);
        return Load(("broken.json", ToBytes(tree)));
    }

    /// <summary>Writes a data folder holding a copy of the seed changed by <paramref name="change"/>, for the CLI to read.</summary>
    public static async Task<string> WriteChangedFolderAsync(string folder, Action<JsonObject> change)
    {
        Directory.CreateDirectory(folder);
        var tree = Tree();
        change(tree);
        await File.WriteAllBytesAsync(System.IO.Path.Combine(folder, FileName), ToBytes(tree));
        return folder;
    }
}
