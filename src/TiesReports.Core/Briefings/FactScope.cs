namespace TiesReports.Core.Briefings;

/// <summary>
/// What a fact is about, seen from the brief's subject. Only <see cref="Partnership"/> facts may be stated as
/// the partnership's own; the others are context and are labelled as such where they appear.
/// </summary>
public enum FactScope
{
    /// <summary>Connects the two places of the partnership (or, in a place brief, the place and one partner).</summary>
    Partnership,

    /// <summary>The home place with all its partners, e.g. the count of its partners.</summary>
    Place,

    /// <summary>Involves the home place and another of its partners, not the one briefed on.</summary>
    OtherPartner,

    /// <summary>An aggregate such as "Russian regions (all)" or every enterprise from one country.</summary>
    Aggregate,
}
