namespace TiesReports.Delivery;

/// <summary>Growing back-off between attempts: base × 4^(attempt−1), at most an hour; a receiver's Retry-After is honoured up to that cap.</summary>
public static class RetryPolicy
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <param name="failedAttempt">The attempt that just failed, from 1.</param>
    public static TimeSpan DelayAfter(int failedAttempt, double baseSeconds, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(failedAttempt - 1, 0, 10);
        var backoff = TimeSpan.FromSeconds(Math.Min(baseSeconds * Math.Pow(4, exponent), MaxDelay.TotalSeconds));
        if (retryAfter is { } wish && wish > backoff)
        {
            backoff = wish < MaxDelay ? wish : MaxDelay;
        }

        return backoff < TimeSpan.Zero ? TimeSpan.Zero : backoff;
    }
}
