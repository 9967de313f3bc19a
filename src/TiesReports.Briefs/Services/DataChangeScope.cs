using Microsoft.Extensions.Logging;
using TiesReports.Core.Loading;
using TiesReports.Core.Storage;

namespace TiesReports.Briefs.Services;

/// <summary>
/// Which partnerships a changed data file holds, so their briefs can be refreshed. Rendering is left to the
/// caller (the Functions app fans it out as one queue job per brief), so one change never renders brief after
/// brief inside a single trigger.
/// </summary>
public sealed class DataChangeScope(BriefService service, ILogger<DataChangeScope> logger)
{
    public async Task<IReadOnlyList<string>> PartnershipsInAsync(string dataName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataName);
        if (!DatasetLoader.IsDataFileName(dataName) || StoreNames.Check(dataName) is not null)
        {
            logger.LogInformation("Ignoring change to {Name}: not a data file", dataName);
            return [];
        }

        var loaded = await service.LoadAsync(cancellationToken);
        var file = service.Store.Describe(StoreArea.Data, dataName);
        foreach (var error in loaded.Errors.Where(e => e.File == file))
        {
            logger.LogWarning("Changed data file is invalid: {Error}", error.ToString());
        }

        return [.. loaded.Dataset.PartnershipFiles.Where(p => p.Value == file).Select(p => p.Key).Order(StringComparer.Ordinal)];
    }
}
