namespace TiesReports.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InvalidData = 1;
    public const int Usage = 2;
}
