using System.Text;
using System.Text.RegularExpressions;
using TiesReports.Core.Localisation;

namespace TiesReports.Tests.Briefs;

/// <summary>
/// A PDF's would-be random parts (font subset tags, the trailer /ID, XMP uuids, link names) are derived from its
/// content: the same briefing always gives the same bytes, and different briefings different identifiers.
/// </summary>
public sealed partial class RepeatableOutputTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Brief_RenderedTwice_IsTheSameBytes(string language)
    {
        var briefing = Infrastructure.Briefs.Dalian(language: Language.FromTag(language));

        var first = Infrastructure.Briefs.Render(briefing);
        var second = Infrastructure.Briefs.Render(briefing);

        Assert.True(first.AsSpan().SequenceEqual(second), "two renders of one briefing differ");
    }

    [Fact]
    public void Briefs_OfDifferentPartnerships_GetDifferentSubsetTagsAndDocumentIds()
    {
        var arkhangelsk = Identifiers(Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian("dalian-arkhangelsk")));
        var vladivostok = Identifiers(Infrastructure.Briefs.Render(Infrastructure.Briefs.Dalian("dalian-vladivostok")));

        Assert.NotEmpty(arkhangelsk.Tags);
        Assert.DoesNotContain("AAAAAA", arkhangelsk.Tags);
        Assert.NotEqual(arkhangelsk.Id, vladivostok.Id);
        Assert.Empty(arkhangelsk.Tags.Intersect(vladivostok.Tags));
    }

    private static (string Id, IReadOnlyList<string> Tags) Identifiers(byte[] pdf)
    {
        // The trailer and the font names are outside compressed streams.
        var text = Encoding.Latin1.GetString(pdf);
        var id = TrailerId().Match(text);
        Assert.True(id.Success, "no trailer /ID");
        return (id.Groups[1].Value, SubsetTag().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList());
    }

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]{32})>")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"/BaseFont\s*/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();
}
