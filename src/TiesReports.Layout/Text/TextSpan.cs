namespace TiesReports.Layout.Text;

/// <summary>A run of text in one style, optionally a hyperlink.</summary>
public sealed record TextSpan(string Text, TextStyle Style, Uri? Link = null);
