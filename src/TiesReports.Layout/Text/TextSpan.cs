namespace TiesReports.Layout.Text;

/// <summary>
/// A run of text in one style, optionally a hyperlink. An <paramref name="Isolated"/> span is one unit to the bidi
/// algorithm (as between FSI and PDI, or HTML's &lt;bdi&gt;): its own direction comes from its first strong character,
/// and right-to-left text around it cannot draw it into its visual order (a source mark after an Arabic phrase).
/// </summary>
public sealed record TextSpan(string Text, TextStyle Style, Uri? Link = null, bool Isolated = false);
