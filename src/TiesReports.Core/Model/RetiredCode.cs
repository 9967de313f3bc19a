namespace TiesReports.Core.Model;

/// <summary>A code that was once valid (a withdrawn ISO 4217 currency, a deleted ISO 3166-1 country) and what replaced it.</summary>
public sealed record RetiredCode(string Code, string Name, IReadOnlyList<string> Replacements);
