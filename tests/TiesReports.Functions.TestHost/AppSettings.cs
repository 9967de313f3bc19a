using System.Text.RegularExpressions;

namespace TiesReports.Functions.TestHost;

/// <summary>App settings and the %Name% references bindings make to them.</summary>
internal sealed partial class AppSettings(IDictionary<string, string?> values)
{
    public IDictionary<string, string?> Values => values;

    public string this[string name] => values.TryGetValue(name, out var value) && value is not null
        ? value
        : throw new InvalidOperationException($"App setting '{name}' is not set.");

    /// <summary>Replaces every %Name% with its setting, as the host does for trigger attributes.</summary>
    public string Resolve(string text) => SettingReference().Replace(text, m => this[m.Groups[1].Value]);

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
