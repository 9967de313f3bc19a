namespace TiesReports.Tests.Infra;

/// <summary>A value only a live deployment knows (a generated name, another resource's runtime state).</summary>
internal sealed class ArmUnknown
{
    public const string Mark = "⁇";

    public static readonly ArmUnknown Value = new();

    private ArmUnknown()
    {
    }

    public override string ToString() => Mark;
}
