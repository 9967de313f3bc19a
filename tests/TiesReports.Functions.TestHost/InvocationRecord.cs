namespace TiesReports.Functions.TestHost;

/// <summary>One finished invocation, as the worker reported it.</summary>
public sealed record InvocationRecord(string FunctionName, string InvocationId, bool Succeeded, string? Failure);
