using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using TiesReports.Delivery.Subscriptions;

namespace TiesReports.Delivery.Sending;

/// <summary>
/// Sends a delivery's e-mail over SMTP with MailKit. SMTP 4xx replies and connection trouble are
/// transient; 5xx replies (no such mailbox, rejected) are permanent.
/// </summary>
public sealed class EmailSender(EmailComposer composer, IOptions<SmtpOptions> options) : IDeliverySender
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public async Task<SendResult> SendAsync(DeliveryContent content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.Host))
        {
            return SendResult.Transient("Smtp:Host is not set; e-mails wait until it is.");
        }

        using var message = composer.Compose(content);
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.TimeoutSeconds).TotalMilliseconds };
        try
        {
            // Port 465 speaks TLS from the start; elsewhere STARTTLS is used whenever the server offers it.
            var security = settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SendResult.Delivered;
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return SendResult.Permanent($"The mail server refused the message: {(int)ex.StatusCode} {ex.Message}");
        }
        catch (SmtpCommandException ex)
        {
            return SendResult.Transient($"The mail server deferred the message: {(int)ex.StatusCode} {ex.Message}");
        }
        catch (AuthenticationException ex)
        {
            // Credentials are fixed by an operator, not by retrying; still transient so nothing is lost meanwhile.
            return SendResult.Transient("The mail server refused our credentials: " + ex.Message);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or TimeoutException or SslHandshakeException)
        {
            return SendResult.Transient("The mail server could not be reached: " + ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient("The mail server did not answer in time.");
        }
    }
}
