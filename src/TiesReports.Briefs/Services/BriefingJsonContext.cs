using System.Text.Json.Serialization;
using TiesReports.Core.Briefings;

namespace TiesReports.Briefs.Services;

[JsonSerializable(typeof(Briefing))]
[JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class BriefingJsonContext : JsonSerializerContext;
