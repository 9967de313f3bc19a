namespace TiesReports.Functions.TestHost;

/// <summary>A log line the worker sent over the protocol (RpcLog), or one it wrote to stdout/stderr (Category "stdout").</summary>
public sealed record WorkerLog(string Category, string Level, string Message, string? Exception);
