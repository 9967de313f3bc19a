namespace TiesReports.Core.Model;

/// <summary>
/// A next step a source names for a partnership: what is to happen, who is to do it, by when (if stated).
/// Briefs show it only when the data holds one; nothing is inferred.
/// </summary>
public sealed record NextStep(string Text, string? Owner, PartialDate? Due, string SourceId, Translations? Translations = null);
