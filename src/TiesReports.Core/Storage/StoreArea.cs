namespace TiesReports.Core.Storage;

/// <summary>The two places a store keeps things: partnership data in, briefs out.</summary>
public enum StoreArea
{
    Data,
    Briefs,
}
