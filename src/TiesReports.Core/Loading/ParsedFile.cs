using TiesReports.Core.Model;

namespace TiesReports.Core.Loading;

/// <summary>A file that passed its own checks, with the references still to resolve against all files.</summary>
internal sealed record ParsedFile(DatasetFile Content, IReadOnlyList<PendingReference> References, IReadOnlyList<DeclaredId> Declared);
