namespace TiesReports.Core.Briefings;

/// <summary>A numbered reference to an entry of the brief's source list.</summary>
public sealed record SourceRef(int Number, string SourceId)
{
    public override string ToString() => $"[{Number}]";
}
