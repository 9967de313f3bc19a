namespace TiesReports.Delivery;

/// <summary>The SMTP server e-mails go through, bound from the "Smtp" configuration section.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    /// <summary>In Azure a Key Vault reference; never logged.</summary>
    public string? Password { get; set; }

    public string? From { get; set; }

    public double TimeoutSeconds { get; set; } = 30;
}
