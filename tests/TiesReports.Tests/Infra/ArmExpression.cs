using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TiesReports.Tests.Infra;

/// <summary>
/// Evaluates the few ARM template functions Bicep emits for names and settings (parameters, variables, format,
/// createArray, reference to a module's outputs, …) so the rules can read the compiled template the way Azure
/// will. Anything that needs a live deployment (uniqueString, subscription(), a resource's runtime state)
/// evaluates to <see cref="ArmUnknown"/>, which a rule can never mistake for a real value. No served package
/// evaluates ARM expressions offline (Azure.Deployments.* is not on NuGet for this), hence this small one.
/// </summary>
internal sealed class ArmExpression
{
    private readonly string _text;
    private readonly ArmScope _scope;
    private readonly int? _copyIndex;
    private int _at;

    private ArmExpression(string text, ArmScope scope, int? copyIndex)
    {
        _text = text;
        _scope = scope;
        _copyIndex = copyIndex;
    }

    /// <summary>A JSON value from the template: literals stay literals, "[…]" strings are evaluated.</summary>
    public static object? Evaluate(JsonElement value, ArmScope scope, int? copyIndex = null) => value.ValueKind switch
    {
        JsonValueKind.String => EvaluateString(value.GetString()!, scope, copyIndex),
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(v => Evaluate(v, scope, copyIndex)).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Evaluate(p.Value, scope, copyIndex), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };

    public static object? EvaluateString(string raw, ArmScope scope, int? copyIndex = null)
    {
        if (!IsExpression(raw))
        {
            return raw.StartsWith("[[", StringComparison.Ordinal) ? raw[1..] : raw;
        }

        var parser = new ArmExpression(raw[1..^1], scope, copyIndex);
        var result = parser.ParseExpression();
        parser.SkipSpace();
        return parser._at == parser._text.Length ? result : throw new FormatException($"Unexpected text at {parser._at} in {raw}");
    }

    public static bool IsExpression(string raw) => raw.StartsWith('[') && raw.EndsWith(']') && !raw.StartsWith("[[", StringComparison.Ordinal);

    /// <summary>Text of a value, with unknown parts shown as ⁇ (so "⁇/default/deliveries" still names the queue).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        ArmUnknown => ArmUnknown.Mark,
        bool b => b ? "true" : "false",
        long n => n.ToString(CultureInfo.InvariantCulture),
        string s => s,
        _ => JsonSerializer.Serialize(value),
    };

    private object? ParseExpression()
    {
        var value = ParsePrimary();
        while (true)
        {
            SkipSpace();
            if (Peek('.'))
            {
                _at++;
                var member = ParseIdentifier();
                value = value is IDictionary<string, object?> map ? map.TryGetValue(member, out var v) ? v : ArmUnknown.Value : ArmUnknown.Value;
            }
            else if (Peek('['))
            {
                _at++;
                var index = ParseExpression();
                Expect(']');
                value = (value, index) switch
                {
                    (IList<object?> list, long i) => list[(int)i],
                    (IDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? v : ArmUnknown.Value,
                    _ => ArmUnknown.Value,
                };
            }
            else
            {
                return value;
            }
        }
    }

    private object? ParsePrimary()
    {
        SkipSpace();
        if (Peek('\''))
        {
            return ParseString();
        }

        if (char.IsDigit(_text[_at]) || _text[_at] == '-')
        {
            var start = _at++;
            while (_at < _text.Length && char.IsDigit(_text[_at]))
            {
                _at++;
            }

            return long.Parse(_text[start.._at], CultureInfo.InvariantCulture);
        }

        var name = ParseIdentifier();
        SkipSpace();
        Expect('(');
        var args = new List<object?>();
        SkipSpace();
        if (!Peek(')'))
        {
            do
            {
                args.Add(ParseExpression());
                SkipSpace();
            }
            while (TryTake(','));
        }

        Expect(')');
        return Call(name, args);
    }

    private object? Call(string name, List<object?> args)
    {
        if (args.Any(a => a is ArmUnknown) && name is not ("format" or "createArray" or "createObject" or "concat" or "if" or "resourceId" or "subscriptionResourceId" or "union"))
        {
            return ArmUnknown.Value;
        }

        return name.ToLowerInvariant() switch
        {
            "parameters" => _scope.Parameter((string)args[0]!),
            "variables" => _scope.Variable((string)args[0]!),
            "format" => Format(Text(args[0]), args.Skip(1)),
            "createarray" => args.ToList(),
            "createobject" => Enumerable.Range(0, args.Count / 2).ToDictionary(i => Text(args[2 * i]), i => args[(2 * i) + 1], StringComparer.OrdinalIgnoreCase),
            "union" when args.All(a => a is IDictionary<string, object?>) => args.Cast<IDictionary<string, object?>>().SelectMany(m => m)
                .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase),
            "concat" => args.All(a => a is IList<object?>) ? args.SelectMany(a => (IList<object?>)a!).ToList() : string.Concat(args.Select(Text)),
            "string" => Text(args[0]),
            "if" => args[0] is bool condition ? (condition ? args[1] : args[2]) : ArmUnknown.Value,
            "empty" => args[0] switch { string s => s.Length == 0, IList<object?> l => l.Count == 0, IDictionary<string, object?> m => m.Count == 0, null => true, _ => false },
            "not" => !(bool)args[0]!,
            "equals" => Equals(args[0], args[1]),
            "tolower" => Text(args[0]).ToLowerInvariant(),
            "length" => args[0] is IList<object?> list ? (long)list.Count : (long)Text(args[0]).Length,
            "copyindex" => _copyIndex is int i ? (object)(i + (args.Count > 0 && args[^1] is long offset ? offset : 0L)) : ArmUnknown.Value,
            "true" => true,
            "false" => false,
            "resourceid" or "subscriptionresourceid" => string.Join('/', args.Select(Text)),
            "reference" => _scope.ReferenceDeployment(Text(args[0])),
            _ => ArmUnknown.Value,
        };
    }

    private static string Format(string format, IEnumerable<object?> args)
    {
        var values = args.Select(Text).ToArray();
        var result = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '{' && i + 1 < format.Length && char.IsDigit(format[i + 1]))
            {
                var close = format.IndexOf('}', i);
                result.Append(values[int.Parse(format[(i + 1)..close], CultureInfo.InvariantCulture)]);
                i = close;
            }
            else
            {
                result.Append(format[i]);
            }
        }

        return result.ToString();
    }

    private string ParseString()
    {
        Expect('\'');
        var result = new StringBuilder();
        while (true)
        {
            var c = _text[_at++];
            if (c == '\'')
            {
                if (Peek('\''))
                {
                    result.Append('\'');
                    _at++;
                    continue;
                }

                return result.ToString();
            }

            result.Append(c);
        }
    }

    private string ParseIdentifier()
    {
        SkipSpace();
        var start = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] == '_'))
        {
            _at++;
        }

        return _at > start ? _text[start.._at] : throw new FormatException($"Identifier expected at {start} in [{_text}]");
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }

    private bool Peek(char c) => _at < _text.Length && _text[_at] == c;

    private bool TryTake(char c)
    {
        if (!Peek(c))
        {
            return false;
        }

        _at++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryTake(c))
        {
            throw new FormatException($"'{c}' expected at {_at} in [{_text}]");
        }
    }
}
