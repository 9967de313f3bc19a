using System.Globalization;

namespace TiesReports.Layout.Text;

/// <summary>Unicode character names for messages; .NET has none, the system's ICU has the Unicode name data.</summary>
public static class CharacterNames
{
    public static string Of(int codePoint)
    {
        var name = SystemIcu.Name(codePoint, 0);
        if (!string.IsNullOrEmpty(name))
        {
            return name;
        }

        // Unnamed code points (controls, private use, unassigned) get ICU's label, such as <private-use-E000>.
        var label = SystemIcu.Name(codePoint, 2);
        return string.IsNullOrEmpty(label) ? string.Create(CultureInfo.InvariantCulture, $"<unnamed-{codePoint:X4}>") : label;
    }
}
