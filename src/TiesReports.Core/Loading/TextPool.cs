using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace TiesReports.Core.Loading;

/// <summary>
/// One string for each distinct id or code of a load: every row refers to its source and places, and 100,000
/// partnerships held 400,000 copies of a few hundred ids and codes. A repeated value is looked up from the JSON
/// bytes without making a string. (A BCL set with span lookup, not the toolkit's StringPool: that is a fixed-size
/// cache that evicts, so it would keep duplicates.)
/// </summary>
internal sealed class TextPool
{
    // Ids are at most 64 characters (SafeId) and codes shorter; longer text is not worth sharing.
    private const int MaxPooledBytes = 128;

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public TextPool() => _byChars = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of a JSON string, the same instance as every equal value before it.</summary>
    /// <exception cref="InvalidOperationException">The text holds an unpaired surrogate escape (as <see cref="JsonElement.GetString"/>).</exception>
    public string Of(JsonElement value)
    {
        // The raw value is the quoted text as written: without an escape it is the value itself.
        var raw = JsonMarshal.GetRawUtf8Value(value);
        if (raw.Length is >= 2 and <= MaxPooledBytes + 2 && raw[0] == (byte)'"' && raw.IndexOf((byte)'\\') < 0)
        {
            Span<char> chars = stackalloc char[MaxPooledBytes];
            var count = Encoding.UTF8.GetChars(raw[1..^1], chars);
            return Share(chars[..count]);
        }

        var text = value.GetString()!;
        if (text.Length > MaxPooledBytes)
        {
            return text;
        }

        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _texts.Add(text);
        return text;
    }

    private string Share(ReadOnlySpan<char> chars)
    {
        if (!_byChars.TryGetValue(chars, out var shared))
        {
            shared = chars.ToString();
            _texts.Add(shared);
        }

        return shared;
    }
}
