namespace TiesReports.Functions.Jobs;

/// <summary>A message on the poison queue: the original text, why it was given up, and after how many attempts.</summary>
public sealed record PoisonedJob(string Message, string Reason, long Attempts);
