using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TiesReports.Briefs.Services;

/// <summary>
/// The traces and metrics of the brief pipeline, owned here because the pipeline is: one span per request
/// ("brief") with a child for each step (load, build, render, store), render time and PDF size as histograms.
/// Hosts subscribe by <see cref="Name"/>; with no listener every call is a no-op.
/// </summary>
public static class BriefTelemetry
{
    public const string Name = "TiesReports.Briefs";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Histogram<double> RenderDuration { get; } = Meter.CreateHistogram<double>("tiesreports.brief.render.duration", "s", "Time to render one brief to PDF bytes.");

    public static Histogram<long> PdfSize { get; } = Meter.CreateHistogram<long>("tiesreports.brief.pdf.size", "By", "Size of one rendered brief.");
}
