using Microsoft.Extensions.Logging;
using TiesReports.Briefs.Services;
using TiesReports.Delivery.Planning;

namespace TiesReports.Functions.Delivery;

/// <summary>
/// A brief was stored (monthly run or data change): one delivery per active subscriber of its subject on
/// the queue. Doing this for a brief that was already there is harmless: the receipts make repeats no-ops.
/// </summary>
public sealed class DeliveryFanOut(DeliveryPlanner planner, IDeliveryQueue queue, ILogger<DeliveryFanOut> logger)
{
    public async Task<int> EnqueueAsync(BriefOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!BriefNames.TryParse(outcome.Name, out var subject, out var period, out var language) || outcome.InputHash.Length == 0)
        {
            return 0;
        }

        var orders = await planner.OrdersForAsync(subject, period, outcome.InputHash, language, cancellationToken);
        await queue.EnqueueAsync(orders, TimeSpan.Zero, cancellationToken);
        if (orders.Count > 0)
        {
            logger.LogInformation("{Brief}: {Count} delivery(ies) enqueued", outcome.Name, orders.Count);
        }

        return orders.Count;
    }
}
