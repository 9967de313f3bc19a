namespace TiesReports.Functions.TestHost;

/// <summary>Every finished invocation, and waiters for a condition over them, so tests wait on events, never on time.</summary>
internal sealed class InvocationJournal
{
    private readonly List<InvocationRecord> _records = [];
    private readonly List<(Func<IReadOnlyList<InvocationRecord>, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<InvocationRecord> Snapshot()
    {
        lock (_lock)
        {
            return [.. _records];
        }
    }

    public void Add(InvocationRecord record)
    {
        lock (_lock)
        {
            _records.Add(record);
            foreach (var waiter in _waiters.Where(w => w.Condition(_records)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    public async Task WaitUntilAsync(Func<IReadOnlyList<InvocationRecord>, bool> condition, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (condition(_records))
            {
                return;
            }

            _waiters.Add((condition, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_lock)
            {
                _waiters.RemoveAll(w => w.Done == done);
                var seen = string.Join(", ", _records.GroupBy(r => r.FunctionName).Select(g => $"{g.Key}: {g.Count(r => r.Succeeded)} ok, {g.Count(r => !r.Succeeded)} failed"));
                throw new TimeoutException($"The awaited invocations did not happen within {timeout}. Seen so far: {(seen.Length == 0 ? "none" : seen)}.");
            }
        }
    }
}
