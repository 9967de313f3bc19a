using TiesReports.Core.Localisation;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Briefs.Services;

/// <summary>A brief as stored: its subject, month, language and what the store knows about the PDF.</summary>
public sealed record StoredBrief(string Subject, Month Period, StoredObjectInfo Info)
{
    public Language Language { get; init; } = Language.English;
}
