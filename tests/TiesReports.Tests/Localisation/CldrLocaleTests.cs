using TiesReports.Core.Localisation;

namespace TiesReports.Tests.Localisation;

/// <summary>
/// cldr-locales.json is exactly what the pinned CLDR packages give (plural rules, symbols, months, patterns);
/// set UPDATE_CODE_LISTS=1 to regenerate it, like the ISO code lists.
/// </summary>
public sealed class CldrLocaleTests
{
    [Fact]
    public void CldrLocalesFile_IsExactlyWhatTheCldrPackagesGive()
    {
        var generated = CldrLocaleGenerator.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_CODE_LISTS") == "1")
        {
            File.WriteAllText(CldrLocaleGenerator.TargetPath, generated);
        }

        Assert.Equal(generated, File.ReadAllText(CldrLocaleGenerator.TargetPath));
        Assert.Equal(generated, CldrLocales.ReadText());
    }
}
