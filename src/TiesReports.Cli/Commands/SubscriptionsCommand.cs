using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Cli.Commands;

/// <summary>ties subscriptions: every subscription with how delivery to it has gone.</summary>
internal static class SubscriptionsCommand
{
    public static Command Create()
    {
        var subject = new Option<string?>("--subject") { Description = "Only the subscriptions of this partnership or place." };
        var connection = CommonOptions.ConnectionString();
        var command = new Command("subscriptions", "List subscriptions: id, subject, channel, target, last delivery, failures, paused.") { subject, connection };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = DeliveryServices.Create(parse.GetValue(connection), "data", "briefs", allowPrivateTargets: false);
            var store = services.GetRequiredService<SubscriptionStore>();
            var count = 0;
            string? token = null;
            do
            {
                var page = await store.ListAsync(parse.GetValue(subject), 500, token, cancellationToken);
                foreach (var s in page.Items)
                {
                    count++;
                    var last = s.LastDeliveredAt?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "never";
                    var state = s.Paused ? "PAUSED" : s.ConsecutiveFailures > 0 ? $"{s.ConsecutiveFailures} failure(s)" : "ok";
                    Console.WriteLine($"{s.Id}  {s.Subject}  {s.Channel.ToString().ToLowerInvariant()}  {s.Target}  last delivered: {last}  {state}{(s.LastError is null ? "" : "  last error: " + s.LastError)}");
                }

                token = page.ContinuationToken;
            }
            while (token is not null);
            Console.WriteLine($"{count} subscription(s).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
