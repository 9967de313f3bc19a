namespace TiesReports.Tests.Infrastructure;

/// <summary>One request the webhook receiver got, and the status it answered.</summary>
public sealed record ReceivedWebhook(string Path, IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus);
