using System.Globalization;
using System.Text.Json;
using TiesReports.Core.Model;

namespace TiesReports.Core.Loading;

/// <summary>
/// Reads the properties of one JSON object and reports every problem with its JSON path instead of
/// stopping at the first, so that a user fixes a file in one pass.
/// </summary>
internal readonly struct JsonObjectReader
{
    public const int DefaultMaxText = 2_000;

    private readonly JsonElement _element;
    private readonly FileDiagnostics _diagnostics;

    private JsonObjectReader(JsonElement element, JsonPath path, FileDiagnostics diagnostics)
    {
        _element = element;
        Path = path;
        _diagnostics = diagnostics;
    }

    public JsonPath Path { get; }

    public static JsonObjectReader? For(JsonElement element, JsonPath path, FileDiagnostics diagnostics)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Error(path, $"expected an object, found {Describe(element)}");
            return null;
        }

        return new JsonObjectReader(element, path, diagnostics);
    }

    public void Error(string property, string reason) => _diagnostics.Error(PathOf(property), reason);

    /// <summary>Unknown properties are errors: a misspelt optional field would otherwise vanish silently.</summary>
    public void AllowOnly(params string[] names)
    {
        foreach (var property in _element.EnumerateObject())
        {
            // "$schema" lets editors find the schema; the schema allows it at the top only, and so does this.
            if (property.Name == "$schema" && Path.IsRoot)
            {
                continue;
            }

            if (System.Array.IndexOf(names, property.Name) < 0)
            {
                _diagnostics.Error(PathOf(property.Name), $"unknown property '{SafeId.Printable(property.Name)}'; expected one of {string.Join(", ", names)}");
            }
        }
    }

    public string? String(string name, bool required, int maxLength = DefaultMaxText)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"expected a string, found {Describe(value)}");
            return null;
        }

        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Error(name, "text contains an unpaired surrogate escape");
            return null;
        }

        var reason = TextRules.Check(text, maxLength);
        if (reason is not null)
        {
            Error(name, reason);
            return null;
        }

        if (!_diagnostics.IsDrawable(text))
        {
            _diagnostics.CheckDrawable(PathOf(name), text);
        }

        return text.Trim();
    }

    public string? Id(string name, string collection)
    {
        var id = RawString(name, required: true);
        if (id is null)
        {
            return null;
        }

        var reason = SafeId.Check(id);
        if (reason is not null)
        {
            Error(name, reason);
            return null;
        }

        _diagnostics.Declared.Add(new DeclaredId(collection, id, new JsonLocation(Path, name)));
        return id;
    }

    public string? Reference(string name, ReferenceKind kind, bool required)
    {
        var id = RawString(name, required, shared: true);
        return id is null ? null : CheckReference(id, new JsonLocation(Path, name), kind);
    }

    public IReadOnlyList<string> References(string name, ReferenceKind kind, bool required, int minCount, int maxCount)
    {
        if (!TryGet(name, required, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"expected an array of ids, found {Describe(value)}");
            return [];
        }

        var count = value.GetArrayLength();
        if (count < minCount || count > maxCount)
        {
            Error(name, minCount == maxCount
                ? $"expected exactly {minCount} ids, found {count}"
                : $"expected {minCount} to {maxCount} ids, found {count}");
            return [];
        }

        // An array of the exact size: a model of 100,000 partnerships keeps 100,000 of these.
        var ids = new string[count];
        var found = 0;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var location = new JsonLocation(Path, name, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                _diagnostics.Error(location, $"expected an id string, found {Describe(item)}");
                continue;
            }

            var id = CheckReference(_diagnostics.Pool.Of(item), location, kind);
            if (id is not null)
            {
                if (System.Array.IndexOf(ids, id, 0, found) >= 0)
                {
                    _diagnostics.Error(location, $"'{id}' is listed twice");
                    continue;
                }

                ids[found++] = id;
            }
        }

        if (found < count)
        {
            System.Array.Resize(ref ids, found);
        }

        return ids;
    }

    public string? Code(string name, Vocabulary vocabulary, bool required)
    {
        var code = RawString(name, required, shared: true);
        if (code is null)
        {
            return null;
        }

        if (!vocabulary.TryGet(code, out _))
        {
            Error(name, vocabulary.DescribeUnknown(code, SafeId.Printable(code)));
            return null;
        }

        return code;
    }

    public decimal? Decimal(string name, bool required, decimal min, decimal max)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Error(name, $"expected a number, found {Describe(value)}");
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            Error(name, $"the number {Shorten(value.GetRawText())} is too large to represent");
            return null;
        }

        if (number < min || number > max)
        {
            Error(name, number < min
                ? $"{number.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.ToString(CultureInfo.InvariantCulture)}"
                : $"{number.ToString(CultureInfo.InvariantCulture)} is above the plausible maximum {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return number;
    }

    public int? Integer(string name, bool required, int min, int max)
    {
        var number = Decimal(name, required, min, max);
        if (number is null)
        {
            return null;
        }

        if (number != decimal.Truncate(number.Value))
        {
            Error(name, $"expected a whole number, found {number.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return (int)number.Value;
    }

    public bool? Boolean(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(name, $"expected true or false, found {Describe(value)}");
            return null;
        }

        return value.GetBoolean();
    }

    public PartialDate? Date(string name, bool required)
    {
        var text = RawString(name, required);
        if (text is null)
        {
            return null;
        }

        if (!PartialDate.TryParse(text, out var date, out var reason))
        {
            Error(name, reason!);
            return null;
        }

        return date;
    }

    /// <summary>
    /// A date that may be unknown: either <paramref name="dateName"/> holds a date, or it is null or absent and
    /// <paramref name="noteName"/> says why. Unknown dates must be explained, never left silently blank.
    /// </summary>
    public DatedFact DatedFact(string dateName, string noteName)
    {
        var date = IsNull(dateName) ? null : Date(dateName, required: false);
        var note = String(noteName, required: false, maxLength: 500);
        if (date is null && note is null && !Has(dateName))
        {
            Error(dateName, $"the date is missing; give it, or set it to null and say in '{noteName}' why it is unknown");
        }
        else if (date is null && note is null && IsNull(dateName))
        {
            Error(noteName, $"'{dateName}' is null, so '{noteName}' must say why the date is unknown");
        }

        return new DatedFact(date, note);
    }

    public IReadOnlyList<T> Array<T>(string name, bool required, int maxItems, Func<JsonObjectReader, T?> read)
        where T : class
    {
        if (!TryGet(name, required, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"expected an array, found {Describe(value)}");
            return [];
        }

        var count = value.GetArrayLength();
        if (count > maxItems)
        {
            Error(name, $"holds {count:N0} items; at most {maxItems:N0} are allowed in one file");
            return [];
        }

        var items = new List<T>(count);
        var itemsPath = PathOf(name);
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var reader = For(element, itemsPath.Item(index++), _diagnostics);
            if (reader is null)
            {
                continue;
            }

            var item = read(reader.Value);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public JsonObjectReader? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        return For(value, PathOf(name), _diagnostics);
    }

    /// <summary>The object's property names in file order, a repeated name as often as it is written.</summary>
    public IEnumerable<string> PropertyNames => _element.EnumerateObject().Select(p => p.Name);

    public bool Has(string name) => _element.TryGetProperty(name, out _);

    public bool HasValue(string name) => _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    private bool IsNull(string name) => _element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Null;

    private string? CheckReference(string id, JsonLocation location, ReferenceKind kind)
    {
        var reason = SafeId.Check(id);
        if (reason is not null)
        {
            _diagnostics.Error(location, reason);
            return null;
        }

        _diagnostics.References.Add(new PendingReference(location, kind, id));
        return id;
    }

    /// <param name="shared">Whether the value is an id or code that many rows repeat, taken from the load's <see cref="TextPool"/>.</param>
    private string? RawString(string name, bool required, bool shared = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"expected a string, found {Describe(value)}");
            return null;
        }

        try
        {
            return shared ? _diagnostics.Pool.Of(value) : value.GetString();
        }
        catch (InvalidOperationException)
        {
            Error(name, "text contains an unpaired surrogate escape");
            return null;
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error(name, value.ValueKind == JsonValueKind.Null ? "is required but null" : "is required but missing");
        }

        return false;
    }

    private JsonPath PathOf(string property) => Path.Property(property);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{SafeId.Printable(element.GetRawText().Trim('"'))}\"",
        JsonValueKind.Number => $"the number {Shorten(element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Shorten(string raw) => raw.Length > 30 ? raw[..30] + "…" : raw;
}
