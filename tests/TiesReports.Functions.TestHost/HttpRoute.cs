using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace TiesReports.Functions.TestHost;

/// <summary>An HTTP-triggered function's route ("{prefix}/{route}"), methods and auth level.</summary>
internal sealed class HttpRoute
{
    private readonly TemplateMatcher _matcher;
    private readonly HashSet<string> _methods;

    public HttpRoute(LoadedFunction function, string prefix)
    {
        ArgumentNullException.ThrowIfNull(function);
        Function = function;
        var route = function.TriggerProperty("route") ?? function.Name;
        Template = string.IsNullOrEmpty(prefix) ? route : prefix + "/" + route;
        _matcher = new TemplateMatcher(TemplateParser.Parse(Template), []);
        _methods = function.Trigger.TryGetProperty("methods", out var methods)
            ? methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()).ToHashSet()
            : [];
        RequiresKey = !string.Equals(function.TriggerProperty("authLevel"), "Anonymous", StringComparison.OrdinalIgnoreCase);
    }

    public LoadedFunction Function { get; }

    public string Template { get; }

    /// <summary>authLevel function (or admin): a valid key is required.</summary>
    public bool RequiresKey { get; }

    public bool TryMatch(string method, string path, out RouteValueDictionary values)
    {
        values = [];
        return (_methods.Count == 0 || _methods.Contains(method.ToUpperInvariant())) && _matcher.TryMatch(path, values);
    }
}
