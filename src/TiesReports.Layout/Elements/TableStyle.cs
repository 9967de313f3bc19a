using TiesReports.Layout.Text;

namespace TiesReports.Layout.Elements;

public sealed record TableStyle(TextStyle Header, TextStyle Body, Color HeaderBackground, Color StripeBackground, Color Rule, double Padding = 4);
