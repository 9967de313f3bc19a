namespace TiesReports.Core.Model;

/// <summary>An ISO 3166-1 country or territory with its CLDR names in the languages briefs are written in.</summary>
public sealed record Country(string Code, string Alpha3, string EnglishName, string RussianName, string ChineseName)
{
    /// <summary>The name in a brief's language ("en", "ru", "zh"); English for any other.</summary>
    public string Name(string language) => language switch
    {
        "ru" => RussianName,
        "zh" => ChineseName,
        _ => EnglishName,
    };
}
