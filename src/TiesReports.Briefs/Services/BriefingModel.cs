using System.Text.Json;
using TiesReports.Core.Briefings;

namespace TiesReports.Briefs.Services;

/// <summary>
/// The briefing model as stored beside each PDF (<c>briefs/{id}/{yyyy-MM}.json</c>): the whole briefing, of
/// which next month's brief reads back only the snapshot, so older or newer models still compare.
/// </summary>
public static class BriefingModel
{
    public static byte[] Serialize(Briefing briefing) => JsonSerializer.SerializeToUtf8Bytes(briefing, BriefingJsonContext.StoredModel);

    public static BriefingSnapshot? ReadSnapshot(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BriefingJsonContext.Default.StoredBriefing)?.Snapshot;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
