namespace TiesReports.Core.Loading;

internal enum ReferenceKind
{
    Source,
    Place,
}
