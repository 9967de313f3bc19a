namespace TiesReports.Layout.Text;

/// <summary>
/// A run of text in one style, optionally a hyperlink. An <paramref name="Isolated"/> span is one unit to the bidi
/// algorithm (as between FSI and PDI, or HTML's &lt;bdi&gt;): its own direction comes from its first strong character,
/// and right-to-left text around it cannot draw it into its visual order (a source mark after an Arabic phrase).
/// A newline ends the bidi paragraph (UAX #9, rule P1), and with it the isolation of the rest of the span.
/// </summary>
public sealed record TextSpan(string Text, TextStyle Style, Uri? Link = null, bool Isolated = false);
