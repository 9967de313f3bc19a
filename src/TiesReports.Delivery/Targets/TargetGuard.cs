using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace TiesReports.Delivery.Targets;

/// <summary>
/// Keeps webhooks off internal networks (SSRF): a target must be an absolute https URL without credentials
/// whose host resolves only to public addresses. Checked when subscribing, and again on every connection,
/// where the address actually dialled is the one checked, so a DNS answer that changes in between
/// (rebinding) cannot slip through.
/// </summary>
public sealed class TargetGuard(IOptions<DeliveryOptions> options)
{
    // Ranges no webhook may reach: "this" network, private, shared (CGNAT), loopback, link-local (cloud
    // metadata at 169.254.169.254), IETF protocol assignments, documentation, benchmarking, multicast,
    // reserved, broadcast; and their IPv6 counterparts. 168.63.129.16 is Azure's platform endpoint.
    private static readonly IPNetwork[] Forbidden =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("168.63.129.16/32"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("64:ff9b:1::/48"),
        IPNetwork.Parse("100::/64"),
        IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    private bool AllowPrivate => options.Value.AllowPrivateTargets;

    public static bool IsForbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return Forbidden.Any(n => n.Contains(address));
    }

    /// <summary>Parses and checks the shape of a webhook URL; throws with the reason when it is refused.</summary>
    public Uri ParseUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new TargetRefusedException("The webhook target is not an absolute URL.");
        }

        var schemeAllowed = uri.Scheme == Uri.UriSchemeHttps || (AllowPrivate && uri.Scheme == Uri.UriSchemeHttp);
        if (!schemeAllowed)
        {
            throw new TargetRefusedException("The webhook target must be an https URL.");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new TargetRefusedException("The webhook target must not carry credentials in the URL.");
        }

        if (uri.Fragment.Length > 0)
        {
            throw new TargetRefusedException("The webhook target must not have a fragment.");
        }

        return uri;
    }

    /// <summary>Checks the URL and every address its host resolves to.</summary>
    public async Task<Uri> CheckAsync(string? text, CancellationToken cancellationToken)
    {
        var uri = ParseUrl(text);
        await ResolveAllowedAsync(uri.IdnHost, cancellationToken);
        return uri;
    }

    /// <summary>The addresses of a host a webhook may connect to; throws if it has none or any is internal.</summary>
    public async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            }
            catch (SocketException ex)
            {
                throw new TargetRefusedException($"The webhook host '{host}' does not resolve ({ex.SocketErrorCode}).", ex);
            }
        }

        if (addresses.Length == 0)
        {
            throw new TargetRefusedException($"The webhook host '{host}' does not resolve.");
        }

        // All, not any: a name that also points inside is refused, whichever address a connection would pick.
        if (!AllowPrivate && addresses.FirstOrDefault(IsForbidden) is { } inside)
        {
            throw new TargetRefusedException($"The webhook host '{host}' resolves to {inside}, an internal address (loopback, private, link-local or metadata).");
        }

        return addresses;
    }

    /// <summary>A SocketsHttpHandler connect callback that dials only allowed addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var addresses = await ResolveAllowedAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
