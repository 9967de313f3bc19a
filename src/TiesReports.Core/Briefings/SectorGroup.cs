namespace TiesReports.Core.Briefings;

/// <summary>
/// Sectors grouped by the force of their basis, strongest first. A stated aim is not a commitment: the groups
/// keep the brief's words as strong as the source's and are never summed into one count.
/// </summary>
public enum SectorGroup
{
    InInstrument,
    Agreed,
    Active,
    StatedAim,
    Proposed,
    PausedOrCompleted,
}
