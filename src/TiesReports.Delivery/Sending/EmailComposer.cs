using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;

namespace TiesReports.Delivery.Sending;

/// <summary>
/// The e-mail of a delivery: plain-text and HTML bodies naming the subject, period and key figures, the
/// PDF attached (linked instead above the size cap), a one-click unsubscribe (RFC 8058), and a
/// Message-ID made from the delivery id, so a resend after a crash is recognisably the same message.
/// </summary>
public sealed class EmailComposer(DeliveryLinks links, IOptions<DeliveryOptions> options, IOptions<SmtpOptions> smtp)
{
    public MimeMessage Compose(DeliveryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var from = smtp.Value.From ?? throw new InvalidOperationException("Smtp:From is not set; e-mails need a sender address.");
        var attach = content.Pdf.Length <= options.Value.MaxAttachmentBytes;
        var briefUrl = links.Brief(content.Subject, content.Period, content.Subscription.Language).AbsoluteUri;
        var unsubscribe = links.Unsubscribe(content.Subscription.Id).AbsoluteUri;
        var period = content.Period.ToDisplayString();

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(content.Subscription.DisplayName ?? "", content.Subscription.Target));
        message.Subject = $"{content.Title} — brief for {period}";
        message.MessageId = $"{content.DeliveryId}@{links.Host}";
        message.Date = content.Stored;
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder
        {
            TextBody = Text(content, period, attach, briefUrl, unsubscribe),
            HtmlBody = Html(content, period, attach, briefUrl, unsubscribe),
        };
        if (attach)
        {
            body.Attachments.Add(content.FileName, content.Pdf.ToArray(), new ContentType("application", "pdf"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Text(DeliveryContent content, string period, bool attached, string briefUrl, string unsubscribe)
    {
        var text = new StringBuilder();
        text.AppendLine($"{content.Title}").AppendLine($"Brief for {period} ({content.Subject})").AppendLine();
        if (content.KeyFigures.Count > 0)
        {
            text.AppendLine("Key figures:");
            foreach (var figure in content.KeyFigures)
            {
                text.AppendLine($"- {figure.Label}: {figure.Value}{(figure.Detail.Length > 0 ? $" ({figure.Detail})" : "")}");
            }

            text.AppendLine();
        }

        text.AppendLine(attached ? $"The brief is attached as {content.FileName}." : $"The brief is too large to attach; download it: {briefUrl}");
        text.AppendLine($"Online: {briefUrl}").AppendLine();
        text.AppendLine($"You receive this because you subscribed to monthly briefs on {content.Subject}. Unsubscribe: {unsubscribe}");
        return text.ToString();
    }

    private static string Html(DeliveryContent content, string period, bool attached, string briefUrl, string unsubscribe)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append($"<h1>{E(content.Title)}</h1><p>Brief for <strong>{E(period)}</strong> ({E(content.Subject)})</p>");
        if (content.KeyFigures.Count > 0)
        {
            html.Append("<h2>Key figures</h2><table>");
            foreach (var figure in content.KeyFigures)
            {
                html.Append($"<tr><th align=\"left\">{E(figure.Label)}</th><td>{E(figure.Value)}</td><td>{E(figure.Detail)}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append(attached
            ? $"<p>The brief is attached as {E(content.FileName)}. <a href=\"{E(briefUrl)}\">Open it online</a>.</p>"
            : $"<p>The brief is too large to attach: <a href=\"{E(briefUrl)}\">download it</a>.</p>");
        html.Append($"<p style=\"color:#666;font-size:small\">You receive this because you subscribed to monthly briefs on {E(content.Subject)}. <a href=\"{E(unsubscribe)}\">Unsubscribe</a>.</p>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
