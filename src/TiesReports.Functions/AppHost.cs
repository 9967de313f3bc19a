using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;

namespace TiesReports.Functions;

/// <summary>Builds the worker host. Program.cs runs it; tests build the same host without starting it.</summary>
public static class AppHost
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);

        // host.json ships beside the worker; reading it keeps one source for the queue options both sides use.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host.json"), optional: true, reloadOnChange: false);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddTiesReportsFunctions(builder.Configuration);
        return builder;
    }
}
