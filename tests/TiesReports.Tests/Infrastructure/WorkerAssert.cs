using System.Net;
using TiesReports.Functions.TestHost;

namespace TiesReports.Tests.Infrastructure;

/// <summary>Status assertions that, on failure, show the response body and what the worker logged.</summary>
public static class WorkerAssert
{
    public static async Task StatusAsync(HttpStatusCode expected, HttpResponseMessage response, FunctionsTestHost host)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(host);
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            var logs = string.Join(Environment.NewLine, host.Logs.Where(l => l.Level is not ("Trace" or "Debug")).TakeLast(40)
                .Select(l => $"[{l.Level}] {l.Category}: {l.Message} {l.Exception}"));
            var invocations = string.Join(Environment.NewLine, host.Invocations.TakeLast(10).Select(i => $"{i.FunctionName} {(i.Succeeded ? "ok" : "failed: " + i.Failure)}"));
            Assert.Fail($"Expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}.{Environment.NewLine}Body: {body}{Environment.NewLine}Invocations:{Environment.NewLine}{invocations}{Environment.NewLine}Worker logs:{Environment.NewLine}{logs}");
        }
    }
}
