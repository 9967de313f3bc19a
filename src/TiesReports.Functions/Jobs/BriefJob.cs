using System.Text.Json;
using System.Text.Json.Serialization;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;

namespace TiesReports.Functions.Jobs;

/// <summary>
/// One queue message: render the brief of one subject for one month. <see cref="Refresh"/> re-renders a stored
/// brief whose inputs changed (data changes); without it a stored brief is kept (the monthly run).
/// <see cref="Language"/> is the brief's language tag; English when absent (jobs queued before languages).
/// </summary>
public sealed record BriefJob(string SubjectId, string Period, bool Refresh = false, string? Language = null)
{
    public static bool TryParse(string text, out BriefJob? job, out Month month, out string? reason)
    {
        job = null;
        month = default;
        try
        {
            job = JsonSerializer.Deserialize(text, BriefJobJsonContext.Default.BriefJob);
        }
        catch (JsonException ex)
        {
            reason = "message is not a brief job: " + ex.Message;
            return false;
        }

        if (job is null || job.SubjectId is null || job.Period is null)
        {
            reason = "message lacks subjectId or period";
            return false;
        }

        reason = SafeId.Check(job.SubjectId);
        if (reason is not null)
        {
            return false;
        }

        if (job.Language is not null && TiesReports.Core.Localisation.Language.FromTag(job.Language) is null)
        {
            reason = $"language '{job.Language}' is not one briefs are written in";
            return false;
        }

        return Month.TryParse(job.Period, out month, out reason);
    }

    public string ToJson() => JsonSerializer.Serialize(this, BriefJobJsonContext.Default.BriefJob);
}

[JsonSerializable(typeof(BriefJob))]
[JsonSerializable(typeof(PoisonedJob))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class BriefJobJsonContext : JsonSerializerContext;
