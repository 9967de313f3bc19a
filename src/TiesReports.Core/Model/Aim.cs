namespace TiesReports.Core.Model;

/// <summary>One stated aim of a partnership, in our own words, with its source.</summary>
public sealed record Aim(string Text, string SourceId, Translations? Translations = null);
