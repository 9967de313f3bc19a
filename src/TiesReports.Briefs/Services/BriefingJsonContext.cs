using System.Text.Json.Serialization;
using TiesReports.Core.Briefings;

namespace TiesReports.Briefs.Services;

[JsonSerializable(typeof(Briefing))]
[JsonSerializable(typeof(StoredBriefing))]
[JsonSourceGenerationOptions(WriteIndented = false, UseStringEnumConverter = true)]
internal sealed partial class BriefingJsonContext : JsonSerializerContext;
