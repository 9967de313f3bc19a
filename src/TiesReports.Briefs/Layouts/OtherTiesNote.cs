using TiesReports.Briefs.Document;
using TiesReports.Core.Briefings;

namespace TiesReports.Briefs.Layouts;

/// <summary>Under a table of a partnership brief: how many of the home place's other ties it leaves to the place brief.</summary>
internal static class OtherTiesNote
{
    public static void Add(Flow flow, Briefing briefing, int notShown)
    {
        if (notShown > 0)
        {
            flow.Note(briefing.InLanguage().Count("ties.others-not-shown", notShown, ("home", briefing.Home.Name)));
        }
    }
}
