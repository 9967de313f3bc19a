using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using TiesReports.Core.Localisation;

namespace TiesReports.Delivery.Sending;

/// <summary>
/// The e-mail of a delivery: plain-text and HTML bodies naming the subject, period and key figures, the
/// PDF attached (linked instead above the size cap), a one-click unsubscribe (RFC 8058), and a
/// Message-ID made from the delivery id, so a resend after a crash is recognisably the same message.
/// Every word is in the subscriber's language, from the glossary, as the brief itself is.
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
        var l = Language.FromTag(content.Subscription.Language) ?? Language.English;
        var period = l.Month(content.Period);

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(content.Subscription.DisplayName ?? "", content.Subscription.Target));
        message.Subject = l.Format("email.subject", ("title", content.Title), ("period", period));
        message.MessageId = $"{content.DeliveryId}@{links.Host}";
        message.Date = content.Stored;
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder
        {
            TextBody = Text(content, l, period, attach, briefUrl, unsubscribe),
            HtmlBody = Html(content, l, period, attach, briefUrl, unsubscribe),
        };
        if (attach)
        {
            body.Attachments.Add(content.FileName, content.Pdf.ToArray(), new ContentType("application", "pdf"));
        }

        message.Body = body.ToMessageBody();

        // RFC 3282: the language of the text, on the body (MIME keeps Content-* headers with the entity they describe).
        message.Body.Headers.Add(HeaderId.ContentLanguage, l.Tag);
        return message;
    }

    private static string Text(DeliveryContent content, Language l, string period, bool attached, string briefUrl, string unsubscribe)
    {
        var text = new StringBuilder();
        text.AppendLine(content.Title).AppendLine(l.Format("email.heading", ("period", period), ("subject", content.Subject))).AppendLine();
        if (content.KeyFigures.Count > 0)
        {
            text.AppendLine(l.Text("email.key-figures") + l.Text("punct.label").TrimEnd());
            foreach (var figure in content.KeyFigures)
            {
                text.AppendLine($"- {figure.Label}{l.Text("punct.label")}{figure.Value}{(figure.Detail.Length > 0 ? $" ({figure.Detail})" : "")}");
            }

            text.AppendLine();
        }

        text.AppendLine(attached ? l.Format("email.attached", ("file", content.FileName)) : l.Format("email.too-large", ("url", briefUrl)));
        text.AppendLine(l.Format("email.online", ("url", briefUrl))).AppendLine();
        text.AppendLine(l.Format("email.why", ("subject", content.Subject)) + " " + l.Text("email.unsubscribe") + l.Text("punct.label") + unsubscribe);
        return text.ToString();
    }

    private static string Html(DeliveryContent content, Language l, string period, bool attached, string briefUrl, string unsubscribe)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{E(l.Tag)}\"><body style=\"font-family:sans-serif\">");
        html.Append($"<h1>{E(content.Title)}</h1><p>{E(l.Format("email.heading", ("period", period), ("subject", content.Subject)))}</p>");
        if (content.KeyFigures.Count > 0)
        {
            html.Append($"<h2>{E(l.Text("email.key-figures"))}</h2><table>");
            foreach (var figure in content.KeyFigures)
            {
                html.Append($"<tr><th align=\"left\">{E(figure.Label)}</th><td>{E(figure.Value)}</td><td>{E(figure.Detail)}</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append(attached
            ? $"<p>{E(l.Format("email.attached", ("file", content.FileName)))} <a href=\"{E(briefUrl)}\">{E(l.Text("email.open-online"))}</a>.</p>"
            : $"<p>{E(l.Format("email.too-large.link", ("link", "{link}"))).Replace("{link}", $"<a href=\"{E(briefUrl)}\">{E(l.Text("email.download"))}</a>", StringComparison.Ordinal)}</p>");
        html.Append($"<p style=\"color:#666;font-size:small\">{E(l.Format("email.why", ("subject", content.Subject)))} <a href=\"{E(unsubscribe)}\">{E(l.Text("email.unsubscribe"))}</a>.</p>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
