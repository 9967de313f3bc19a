using System.Text.Json.Serialization;

namespace TiesReports.Core.Storage;

[JsonSerializable(typeof(FolderReportStore.Sidecar))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
