using Microsoft.Azure.Functions.Worker.Builder;

namespace TiesReports.Functions;

/// <summary>Builds the worker host. Program.cs runs it; tests build the same host without starting it.</summary>
public static class AppHost
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddTiesReportsFunctions(builder.Configuration);
        return builder;
    }
}
