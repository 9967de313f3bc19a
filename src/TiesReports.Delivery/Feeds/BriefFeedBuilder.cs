using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using TiesReports.Briefs.Services;
using TiesReports.Core.Model;

namespace TiesReports.Delivery.Feeds;

/// <summary>
/// An Atom 1.0 feed of one subject's stored briefs, newest first. Entry ids are tag URIs of (subject,
/// period), so a re-rendered month updates its entry instead of adding one. Feed readers cannot send
/// headers, so the key they were given in the query string is carried into the links of this response.
/// </summary>
public sealed class BriefFeedBuilder(BriefService briefs, DeliveryLinks links)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The feed, or null when the subject is neither in the data nor has any stored brief.</summary>
    public async Task<byte[]?> BuildAsync(string subject, string? key, CancellationToken cancellationToken)
    {
        var stored = await briefs.ListAsync(subject, null, cancellationToken);
        var loaded = await briefs.LoadAsync(cancellationToken);
        var title = loaded.Dataset.FindPartnership(subject)?.Title ?? loaded.Dataset.FindPlace(subject)?.Name;
        if (title is null && stored.Count == 0)
        {
            return null;
        }

        title ??= subject;
        var entries = stored.OrderByDescending(s => s.Period).Select(s =>
        {
            var url = WithKey(links.Brief(subject, s.Period), key);
            var item = new SyndicationItem
            {
                Id = EntryId(subject, s.Period),
                Title = new TextSyndicationContent($"{title} — {s.Period.ToDisplayString()}"),
                Summary = new TextSyndicationContent($"The {s.Period.ToDisplayString()} brief on {title} (PDF, {s.Info.Size / 1024.0:0} KiB)."),
                LastUpdatedTime = s.Info.LastModified,
                PublishDate = s.Info.LastModified,
            };
            item.Links.Add(new SyndicationLink(url, "alternate", $"{subject}-{s.Period}.pdf", "application/pdf", s.Info.Size));
            return item;
        }).ToList();

        var self = WithKey(links.Feed(subject), key);
        var feed = new SyndicationFeed($"TiesReports briefs: {title}", $"Monthly briefs on {title}.", self, $"tag:tiesreports,2026:feed:{subject}", entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch, entries);
        feed.Links.Clear();
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "TiesReports" });
        feed.Generator = "TiesReports";

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            feed.SaveAsAtom10(writer);
        }

        return buffer.ToArray();
    }

    public static string EntryId(string subject, Month period) => $"tag:tiesreports,2026:brief:{subject}:{period}";

    private static Uri WithKey(Uri uri, string? key) =>
        string.IsNullOrEmpty(key) ? uri : new Uri(uri.AbsoluteUri + (uri.Query.Length > 0 ? "&" : "?") + "code=" + Uri.EscapeDataString(key));
}
