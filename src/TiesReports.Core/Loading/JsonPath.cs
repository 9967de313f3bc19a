using System.Globalization;
using System.Text;

namespace TiesReports.Core.Loading;

/// <summary>
/// Where a value is in a file ("$.partnerships[3].placeIds[0]"), written out only when an error prints it: a file
/// of 100,000 partnerships has over a million values and usually no error, and writing every path cost a third
/// of its load time.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? _parent;
    private readonly string? _property;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    /// <summary>The file's top-level object, "$".</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    public bool IsRoot => _parent is null;

    public JsonPath Property(string name) => new(this, name, -1);

    public JsonPath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        if (_parent is null)
        {
            text.Append('$');
            return;
        }

        _parent.Write(text);
        if (_property is not null)
        {
            text.Append('.').Append(_property);
        }
        else
        {
            text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
