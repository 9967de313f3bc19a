using MimeKit;

namespace TiesReports.Delivery.Targets;

/// <summary>E-mail targets: one plain address (no display name, no group), normalised to lower case.</summary>
public static class EmailTargets
{
    public const int MaxLength = 254;

    public static string? Check(string? text, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return $"The e-mail address is missing or longer than {MaxLength} characters.";
        }

        if (!MailboxAddress.TryParse(ParserOptions.Default, text.Trim(), out var mailbox) || !string.IsNullOrEmpty(mailbox.Name) || mailbox.Address != text.Trim())
        {
            return "The e-mail address is malformed: give one plain address such as reader@example.org.";
        }

        var at = mailbox.Address.LastIndexOf('@');
        if (at <= 0 || at == mailbox.Address.Length - 1 || !mailbox.Address[(at + 1)..].Contains('.', StringComparison.Ordinal))
        {
            return "The e-mail address is malformed: it needs a local part and a domain, as in reader@example.org.";
        }

        normalized = mailbox.Address.ToLowerInvariant();
        return null;
    }
}
