using System.Collections.Frozen;
using System.Text.Json;

namespace TiesReports.Core.Localisation;

/// <summary>The CLDR data of every language briefs are written in, read once from the embedded cldr-locales.json.</summary>
public static class CldrLocales
{
    internal const string ResourceName = "TiesReports.Core.cldr-locales.json";

    private static readonly Lazy<FrozenDictionary<string, LocaleData>> Data = new(Load);

    /// <summary>The CLDR data for a brief language tag ("en", "ru", "zh-Hans").</summary>
    public static LocaleData For(string languageTag) => Data.Value[languageTag];

    public static string ReadText()
    {
        using var stream = typeof(CldrLocales).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static FrozenDictionary<string, LocaleData> Load()
    {
        using var document = JsonDocument.Parse(ReadText());
        var locales = document.RootElement.GetProperty("locales");
        return locales.EnumerateObject().ToFrozenDictionary(
            p => p.Name,
            p => p.Value.Deserialize(LocalisationJsonContext.Default.LocaleData)!,
            StringComparer.Ordinal);
    }
}
