namespace TiesReports.Core.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
