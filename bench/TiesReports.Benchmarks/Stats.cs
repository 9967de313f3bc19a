namespace TiesReports.Benchmarks;

/// <summary>Median, 95th percentile and range of a set of timings in milliseconds.</summary>
public sealed record Stats(double Median, double P95, double Min, double Max, int Count)
{
    public static Stats Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Stats(At(0.5), At(0.95), sorted[0], sorted[^1], sorted.Length);
    }

    public static async Task<Stats> TimeAsync(int runs, Func<Task> action)
    {
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await action();
            samples.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Of(samples);
    }

    public static Stats Time(int runs, Action action)
    {
        var samples = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            action();
            samples.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Of(samples);
    }
}
