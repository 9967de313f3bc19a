namespace TiesReports.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int Usage = 2;

    /// <summary>Storage did not answer, or the run was cancelled: trying again may succeed.</summary>
    public const int Unavailable = 3;

    /// <summary>A system library the text needs (ICU, HarfBuzz) is missing: installing it fixes the run.</summary>
    public const int MissingLibrary = 4;
}
