using System.Globalization;

namespace TiesReports.Core.Localisation;

/// <summary>
/// CLDR plural rules (UTS #35, "Language Plural Rules") evaluated for a number: the categories and their
/// conditions as CLDR's plurals.json writes them ("one": "i = 1 and v = 0"). Hand-written because no served .NET
/// package evaluates the syntax without ICU's data loader, which Native AOT cannot run; the syntax is small.
/// </summary>
public sealed class PluralRules
{
    private readonly List<(string Category, Func<Operands, bool> Applies)> _rules;

    private PluralRules(List<(string, Func<Operands, bool>)> rules) => _rules = rules;

    /// <summary>Parses rules by category; "other" (empty or absent) is the fall-back. Samples after '@' are ignored.</summary>
    public static PluralRules Parse(IEnumerable<KeyValuePair<string, string>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var parsed = new List<(string, Func<Operands, bool>)>();
        foreach (var (category, text) in rules)
        {
            var condition = text.Split('@')[0].Trim();
            if (category != "other" && condition.Length > 0)
            {
                parsed.Add((category, new Parser(category, condition).Condition()));
            }
        }

        return new PluralRules(parsed);
    }

    /// <summary>The category of <paramref name="number"/>, with as many visible fraction digits as its scale ("1.0" is not "1").</summary>
    public string Select(decimal number)
    {
        var operands = Operands.Of(number);
        foreach (var (category, applies) in _rules)
        {
            if (applies(operands))
            {
                return category;
            }
        }

        return "other";
    }

    /// <summary>The operands n, i, v, w, f, t and e of UTS #35 for a decimal number.</summary>
    private readonly record struct Operands(decimal N, decimal I, int V, int W, decimal F, decimal T, int E)
    {
        public static Operands Of(decimal number)
        {
            var text = Math.Abs(number).ToString(CultureInfo.InvariantCulture);
            var point = text.IndexOf('.', StringComparison.Ordinal);
            var fraction = point < 0 ? "" : text[(point + 1)..];
            var trimmed = fraction.TrimEnd('0');
            return new Operands(
                Math.Abs(number),
                Math.Truncate(Math.Abs(number)),
                fraction.Length,
                trimmed.Length,
                fraction.Length == 0 ? 0 : decimal.Parse(fraction, CultureInfo.InvariantCulture),
                trimmed.Length == 0 ? 0 : decimal.Parse(trimmed, CultureInfo.InvariantCulture),
                0);
        }

        public decimal Get(char operand) => operand switch
        {
            'n' => N,
            'i' => I,
            'v' => V,
            'w' => W,
            'f' => F,
            't' => T,
            'e' or 'c' => E,
            _ => throw new ArgumentOutOfRangeException(nameof(operand), operand, "not a plural operand"),
        };
    }

    /// <summary>condition = and_condition ('or' and_condition)*; and_condition = relation ('and' relation)*.</summary>
    private sealed class Parser(string category, string text)
    {
        private readonly string[] _tokens = Tokenise(text);
        private int _next;

        public Func<Operands, bool> Condition()
        {
            var condition = Or();
            if (_next < _tokens.Length)
            {
                throw Error($"unexpected '{_tokens[_next]}'");
            }

            return condition;
        }

        private Func<Operands, bool> Or()
        {
            var left = And();
            while (Accept("or"))
            {
                var (a, b) = (left, And());
                left = o => a(o) || b(o);
            }

            return left;
        }

        private Func<Operands, bool> And()
        {
            var left = Relation();
            while (Accept("and"))
            {
                var (a, b) = (left, Relation());
                left = o => a(o) && b(o);
            }

            return left;
        }

        // relation = operand ('mod' | '%' value)? ('=' | '!=' | 'is' 'not'? | 'not'? 'in' | 'not'? 'within') range_list
        private Func<Operands, bool> Relation()
        {
            var operand = Take();
            if (operand.Length != 1 || !"nivwftec".Contains(operand[0], StringComparison.Ordinal))
            {
                throw Error($"'{operand}' is not an operand");
            }

            decimal? modulus = Accept("%") || Accept("mod") ? Value() : null;
            var negated = Accept("!=") || (Accept("is") && Accept("not")) || Accept("not");
            if (!negated)
            {
                _ = Accept("=") || Accept("in");
            }

            var within = Accept("within");
            _ = Accept("in");
            var ranges = new List<(decimal Low, decimal High)>();
            do
            {
                var low = Value();
                ranges.Add((low, Accept("..") ? Value() : low));
            }
            while (Accept(","));

            var name = operand[0];
            return o =>
            {
                var value = o.Get(name);
                if (modulus is { } m)
                {
                    value %= m;
                }

                // 'in' and '=' match whole numbers only; 'within' any number in the range.
                var found = ranges.Any(r => value >= r.Low && value <= r.High && (within || value == decimal.Truncate(value)));
                return found != negated;
            };
        }

        private decimal Value() =>
            decimal.TryParse(Take(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw Error("a number is expected");

        private bool Accept(string token)
        {
            if (_next < _tokens.Length && _tokens[_next] == token)
            {
                _next++;
                return true;
            }

            return false;
        }

        private string Take() => _next < _tokens.Length ? _tokens[_next++] : throw Error("the rule ends too early");

        private FormatException Error(string reason) => new($"CLDR plural rule '{category}: {text}': {reason}.");

        private static string[] Tokenise(string rule)
        {
            var spaced = rule.Replace("..", " .. ", StringComparison.Ordinal).Replace(",", " , ", StringComparison.Ordinal)
                .Replace("!=", " != ", StringComparison.Ordinal).Replace("%", " % ", StringComparison.Ordinal);
            spaced = string.Concat(spaced.Select((c, n) => c == '=' && (n == 0 || spaced[n - 1] != '!') ? " = " : c.ToString()));
            return spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
