using System.ServiceModel.Syndication;
using System.Text;
using System.Globalization;
using System.Xml;
using TiesReports.Briefs.Services;
using TiesReports.Core.Briefings;
using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Delivery.Feeds;

/// <summary>
/// An Atom 1.0 feed of one subject's stored briefs, newest first. Entry ids are tag URIs of (subject,
/// period), so a re-rendered month updates its entry instead of adding one. Feed readers cannot send
/// headers, so the key they were given in the query string is carried into the links of this response.
/// A feed is in one language (a subscriber's): its briefs, titles and entry text; the English feed keeps its ids.
/// </summary>
public sealed class BriefFeedBuilder(BriefService briefs, DeliveryLinks links)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The feed, or null when the subject is neither in the data nor has any stored brief.</summary>
    public async Task<byte[]?> BuildAsync(string subject, string? key, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(language);
        var stored = await briefs.ListAsync(subject, null, language, cancellationToken);
        var loaded = await briefs.LoadAsync(cancellationToken);
        var title = SubjectTitle.Of(loaded.Dataset, subject, language);
        if (title is null && stored.Count == 0)
        {
            return null;
        }

        title ??= subject;
        var entries = stored.OrderByDescending(s => s.Period).Select(s =>
        {
            var url = WithKey(links.Brief(subject, s.Period, language.Tag), key);
            var period = language.Month(s.Period);
            var kib = language.LocalDigits((s.Info.Size / 1024.0).ToString("0", CultureInfo.InvariantCulture));
            var item = new SyndicationItem
            {
                Id = EntryId(subject, s.Period, language),
                Title = new TextSyndicationContent(language.Format("feed.entry.title", ("title", title), ("period", period))),
                Summary = new TextSyndicationContent(language.Format("feed.entry.summary", ("period", period), ("title", title), ("size", kib))),
                LastUpdatedTime = s.Info.LastModified,
                PublishDate = s.Info.LastModified,
            };
            item.Links.Add(new SyndicationLink(url, "alternate", language == Language.English ? $"{subject}-{s.Period}.pdf" : $"{subject}-{s.Period}.{language.Tag}.pdf", "application/pdf", s.Info.Size));
            return item;
        }).ToList();

        var self = WithKey(links.Feed(subject, language.Tag), key);
        var feed = new SyndicationFeed(language.Format("feed.title", ("title", title)), language.Format("feed.subtitle", ("title", title)), self, $"tag:tiesreports,2026:feed:{subject}{Suffix(language)}", entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch, entries);
        feed.Links.Clear();
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = "TiesReports" });
        feed.Generator = "TiesReports";
        feed.Language = language.Tag;

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            feed.SaveAsAtom10(writer);
        }

        return buffer.ToArray();
    }

    public static string EntryId(string subject, Month period, Language? language = null) => $"tag:tiesreports,2026:brief:{subject}:{period}{Suffix(language ?? Language.English)}";

    /// <summary>Nothing for English, whose ids predate languages; ":ru", ":zh-Hans" for the others.</summary>
    private static string Suffix(Language language) => language == Language.English ? "" : ":" + language.Tag;

    private static Uri WithKey(Uri uri, string? key) =>
        string.IsNullOrEmpty(key) ? uri : new Uri(uri.AbsoluteUri + (uri.Query.Length > 0 ? "&" : "?") + "code=" + Uri.EscapeDataString(key));
}
