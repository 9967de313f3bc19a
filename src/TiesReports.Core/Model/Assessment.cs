namespace TiesReports.Core.Model;

/// <summary>A person's judgement of how a partnership is doing, signed and dated, with what it rests on.</summary>
public sealed record Assessment(string Text, string Author, PartialDate Date, string SourceId, Translations? Translations = null);
