using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Briefs.Services;

/// <summary>A brief as stored: its subject, month and what the store knows about the PDF.</summary>
public sealed record StoredBrief(string Subject, Month Period, StoredObjectInfo Info);
