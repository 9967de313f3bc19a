using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using TiesReports.Core.Briefings;

namespace TiesReports.Briefs.Services;

[JsonSerializable(typeof(Briefing))]
[JsonSerializable(typeof(StoredBriefing))]
[JsonSourceGenerationOptions(WriteIndented = false, UseStringEnumConverter = true)]
internal sealed partial class BriefingJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The briefing as stored beside its PDF. Letters of every script are written as themselves: the default
    /// encoder escapes all but ASCII, which made a Russian model three times the size of an English one and
    /// unreadable to the people who open it.
    /// </summary>
    // Made on first use: a static initializer here would run before the generated Default exists.
    public static JsonTypeInfo<Briefing> StoredModel => field ??= Readable();

    private static JsonTypeInfo<Briefing> Readable()
    {
        var options = new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        return (JsonTypeInfo<Briefing>)options.GetTypeInfo(typeof(Briefing));
    }
}
