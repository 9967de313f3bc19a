using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Cli.Commands;

/// <summary>ties unsubscribe: remove a subscription by id.</summary>
internal static class UnsubscribeCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The subscription id (sub_…)." };
        var connection = CommonOptions.ConnectionString();
        var command = new Command("unsubscribe", "Remove a subscription; nothing more is delivered to it.") { id, connection };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = DeliveryServices.Create(parse.GetValue(connection), "data", "briefs", allowPrivateTargets: false);
            var removed = await services.GetRequiredService<SubscriptionService>().DeleteAsync(parse.GetValue(id)!, cancellationToken);
            if (!removed)
            {
                Console.Error.WriteLine($"error: there is no subscription {parse.GetValue(id)}.");
                return ExitCodes.Usage;
            }

            Console.WriteLine($"Unsubscribed {parse.GetValue(id)}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
