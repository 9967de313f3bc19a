using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Delivery.Planning;

namespace TiesReports.Cli.Commands;

/// <summary>ties deliver --dry-run: who would get which brief of a month, and what was already delivered.</summary>
internal static class DeliverCommand
{
    public static Command Create()
    {
        var period = new Option<string?>("--period", "-p") { Description = "The month, yyyy-MM.", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan without sending anything." };
        var connection = CommonOptions.ConnectionString();
        var container = CommonOptions.DataContainer();
        var briefs = new Option<string>("--briefs-container") { Description = "Blob container that holds the briefs.", DefaultValueFactory = _ => "briefs" };
        var command = new Command("deliver", "Show who would get which brief of a month (deliveries themselves are sent by the Functions app's queue).") { period, dryRun, connection, container, briefs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(dryRun))
            {
                throw new UsageException("Deliveries are sent by the Functions app (queue 'deliveries', with receipts and retries); from the CLI only --dry-run is offered.");
            }

            var month = CommonOptions.ParsePeriod(parse.GetValue(period))!.Value;
            await using var services = DeliveryServices.Create(parse.GetValue(connection), parse.GetValue(container)!, parse.GetValue(briefs)!, allowPrivateTargets: false);
            var plan = await services.GetRequiredService<DeliveryPlanner>().PlanAsync(month, cancellationToken);
            foreach (var line in plan)
            {
                var s = line.Subscription;
                var what = line.Order is null
                    ? $"no brief stored for {month} yet (the monthly run renders it)"
                    : $"{s.Subject}/{month}.pdf as {line.Order.DeliveryId}";
                var state = s.Paused ? "paused: would be skipped" : line.Receipt is { } receipt ? $"receipt: {receipt.ToString().ToLowerInvariant()}" : "would send";
                Console.WriteLine($"{s.Id}  {s.Channel.ToString().ToLowerInvariant()} {s.Target}  ←  {what}  [{state}]");
            }

            Console.WriteLine($"{plan.Count} subscription(s); {plan.Count(p => p.Order is not null && p.Receipt is null && !p.Subscription.Paused)} delivery(ies) would be sent. Nothing was sent (dry run).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
