using TiesReports.Core.Localisation;
using TiesReports.Core.Model;

namespace TiesReports.Core.Briefings;

/// <summary>
/// What a subject is called outside its brief (a feed's title): a partnership by its title, a place by its name,
/// in the language asked for as briefs name them (the data's translation, a place's own name in its own language),
/// else as the data writes them.
/// </summary>
public static class SubjectTitle
{
    /// <summary>The title, or null when the data has no partnership or place with this id.</summary>
    public static string? Of(Dataset dataset, string subjectId, Language language)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var names = new PlaceNames(dataset, language);
        if (dataset.FindPartnership(subjectId) is { } partnership)
        {
            return names.Source(partnership.Title, partnership.Translations, "title");
        }

        return dataset.FindPlace(subjectId) is { } place ? names.Of(place) : null;
    }
}
