using System.Security.Cryptography;
using TiesReports.Briefs.Services;
using TiesReports.Core.Loading;
using TiesReports.Delivery.Targets;

namespace TiesReports.Delivery.Subscriptions;

/// <summary>
/// Subscribing and unsubscribing, with every check in one place for the HTTP API and the CLI: the subject
/// must exist in the data, the target must be a well-formed address or an allowed https URL, and the same
/// (subject, channel, target) may be subscribed once.
/// </summary>
public sealed class SubscriptionService(SubscriptionStore store, BriefService briefs, TargetGuard guard, TimeProvider clock)
{
    public const int MaxDisplayNameLength = 200;

    public SubscriptionStore Store => store;

    public async Task<SubscriptionCreated> CreateAsync(NewSubscription request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subject = request.Subject;
        if (string.IsNullOrEmpty(subject))
        {
            throw Invalid("Give the subject: a partnership or place id.");
        }

        if (SafeId.Check(subject) is { } idProblem)
        {
            throw Invalid($"The subject is not a valid id: {idProblem}.");
        }

        if (!Enum.TryParse<DeliveryChannel>(request.Channel, ignoreCase: true, out var channel) || !Enum.IsDefined(channel) || int.TryParse(request.Channel, out _))
        {
            throw Invalid("The channel must be \"webhook\" or \"email\".");
        }

        var target = channel switch
        {
            DeliveryChannel.Webhook => await CheckUrlAsync(request.Target, cancellationToken),
            _ => EmailTargets.Check(request.Target, out var address) is { } reason ? throw Invalid(reason) : address,
        };

        var name = request.DisplayName?.Trim();
        if (name is { Length: > MaxDisplayNameLength } || (name is not null && name.Any(char.IsControl)))
        {
            throw Invalid($"The display name must be at most {MaxDisplayNameLength} characters, without control characters.");
        }

        var language = request.Language is null ? TiesReports.Core.Localisation.Language.English : TiesReports.Core.Localisation.Language.FromTag(request.Language)
            ?? throw Invalid($"Briefs are written in {TiesReports.Core.Localisation.Language.SupportedTags}; '{request.Language}' is not one of them.");

        var loaded = await briefs.LoadAsync(cancellationToken);
        if (loaded.Dataset.FindPartnership(subject) is null && loaded.Dataset.FindPlace(subject) is null)
        {
            throw new SubscriptionRejectedException(SubscriptionRejection.UnknownSubject, $"No partnership or place has the id '{subject}'.");
        }

        var secret = channel == DeliveryChannel.Webhook ? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : null;
        var subscription = new Subscription(
            "sub_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
            subject,
            channel,
            target,
            string.IsNullOrEmpty(name) ? null : name,
            clock.GetUtcNow(),
            secret)
        {
            Language = language.Tag,
        };
        await store.CreateAsync(subscription, cancellationToken);
        return new SubscriptionCreated(subscription, secret);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(id, cancellationToken);

    /// <summary>Lifts a pause (after failed months) and clears the failure counters; null if there is no such subscription.</summary>
    public Task<Subscription?> ResumeAsync(string id, CancellationToken cancellationToken) =>
        store.UpdateAsync(id, s => s with { Paused = false, FailedMonths = 0, ConsecutiveFailures = 0 }, cancellationToken);

    private async Task<string> CheckUrlAsync(string? text, CancellationToken cancellationToken)
    {
        try
        {
            return (await guard.CheckAsync(text, cancellationToken)).AbsoluteUri;
        }
        catch (TargetRefusedException ex)
        {
            throw Invalid(ex.Message);
        }
    }

    private static SubscriptionRejectedException Invalid(string reason) => new(SubscriptionRejection.Invalid, reason);
}
