using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Cli.Commands;

/// <summary>ties subscribe: a webhook or e-mail subscription to a subject's monthly briefs.</summary>
internal static class SubscribeCommand
{
    public static Command Create()
    {
        var subject = new Argument<string>("subject") { Description = "A partnership id (dalian-arkhangelsk) or a place id (dalian)." };
        var webhook = new Option<string?>("--webhook") { Description = "An https URL that receives a signed CloudEvent for each brief." };
        var email = new Option<string?>("--email") { Description = "An address that receives each brief as a PDF attachment." };
        var name = new Option<string?>("--name") { Description = "A display name for the subscriber." };
        var lang = new Option<string?>("--lang") { Description = "The language of the briefs delivered: en, ru or zh-Hans. Default: en." };
        var allowPrivate = new Option<bool>("--allow-private-targets") { Description = "Accept http and local webhook targets (local testing only)." };
        var connection = CommonOptions.ConnectionString();
        var container = CommonOptions.DataContainer();
        var command = new Command("subscribe", "Subscribe a webhook or an e-mail address to a subject's monthly briefs.") { subject, webhook, email, name, lang, allowPrivate, connection, container };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (channel, target) = (parse.GetValue(webhook), parse.GetValue(email)) switch
            {
                ({ } url, null) => ("webhook", url),
                (null, { } address) => ("email", address),
                _ => throw new UsageException("Give exactly one of --webhook URL or --email ADDRESS."),
            };
            await using var services = DeliveryServices.Create(parse.GetValue(connection), parse.GetValue(container)!, "briefs", parse.GetValue(allowPrivate));
            try
            {
                var created = await services.GetRequiredService<SubscriptionService>().CreateAsync(new NewSubscription(parse.GetValue(subject), channel, target, parse.GetValue(name), parse.GetValue(lang)), cancellationToken);
                Console.WriteLine($"Subscribed: {created.Subscription.Id} ({created.Subscription.Subject} by {channel} to {created.Subscription.Target})");
                if (created.SigningSecret is not null)
                {
                    Console.WriteLine($"Signing secret (shown once; verify webhook-signature with it): {created.SigningSecret}");
                }

                return ExitCodes.Ok;
            }
            catch (SubscriptionRejectedException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}{(ex.ExistingId is null ? "" : $" (existing subscription: {ex.ExistingId})")}");
                return ex.Rejection == SubscriptionRejection.UnknownSubject ? ExitCodes.InvalidData : ExitCodes.Usage;
            }
        });
        return command;
    }
}
