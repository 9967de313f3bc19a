using TiesReports.Delivery.Receipts;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery.Planning;

/// <summary>
/// One line of a delivery plan: a subscription, the brief it would get (null when none is stored yet for
/// the month), and what the receipt says about it so far.
/// </summary>
public sealed record PlannedDelivery(Subscription Subscription, string Period, DeliveryOrder? Order, ReceiptStatus? Receipt);
