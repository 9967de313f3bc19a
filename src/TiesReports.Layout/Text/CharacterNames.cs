using System.Globalization;
using ICU4N;

namespace TiesReports.Layout.Text;

/// <summary>Unicode character names for messages; .NET has none, ICU4N ships the Unicode name data.</summary>
public static class CharacterNames
{
    public static string Of(int codePoint)
    {
        var name = UChar.GetName(codePoint);
        if (!string.IsNullOrEmpty(name))
        {
            return name;
        }

        // Unnamed code points (controls, private use, unassigned) get ICU's label, such as <private-use-E000>.
        var label = UChar.GetExtendedName(codePoint);
        return string.IsNullOrEmpty(label) ? string.Create(CultureInfo.InvariantCulture, $"<unnamed-{codePoint:X4}>") : label;
    }
}
