using Microsoft.Extensions.Hosting;
using TiesReports.Functions;

AppHost.CreateBuilder(args).Build().Run();
