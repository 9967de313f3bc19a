namespace TiesReports.Core.Loading;

/// <summary>
/// Where a reference or a declared id is: the object holding it, its property and, in an array, its item. Kept
/// as a value beside each of the hundreds of thousands of references a large file holds, so that no path object
/// is made for any of them until an error prints one.
/// </summary>
internal readonly record struct JsonLocation(JsonPath Owner, string Property, int Index = -1)
{
    public JsonPath Path => Index < 0 ? Owner.Property(Property) : Owner.Property(Property).Item(Index);

    public override string ToString() => Path.ToString();
}
