using Microsoft.Extensions.Logging;
using TiesReports.Core.Briefings;
using TiesReports.Core.Loading;
using TiesReports.Core.Model;
using TiesReports.Core.Storage;

namespace TiesReports.Briefs.Services;

/// <summary>
/// When a data file changes, re-renders the current month's brief of each partnership that file holds.
/// Unchanged inputs leave the stored brief as it is (same input hash).
/// </summary>
public sealed class DataChangeRegenerator(BriefService service, TimeProvider clock, ILogger<DataChangeRegenerator> logger)
{
    public async Task<IReadOnlyList<BriefOutcome>> RegenerateAsync(string dataName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataName);
        if (!DatasetLoader.IsDataFileName(dataName) || StoreNames.Check(dataName) is not null)
        {
            logger.LogInformation("Ignoring change to {Name}: not a data file", dataName);
            return [];
        }

        var loaded = await service.LoadAsync(cancellationToken);
        var file = service.Store.Describe(StoreArea.Data, dataName);
        var errors = loaded.Errors.Where(e => e.File == file).ToList();
        foreach (var error in errors)
        {
            logger.LogWarning("Changed data file is invalid: {Error}", error.ToString());
        }

        var month = Month.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var outcomes = new List<BriefOutcome>();
        foreach (var id in loaded.Dataset.PartnershipFiles.Where(p => p.Value == file).Select(p => p.Key).Order(StringComparer.Ordinal))
        {
            outcomes.Add(await service.GetOrCreateAsync(new BriefRequest(id, month), BriefWriteMode.RefreshIfChanged, cancellationToken));
        }

        logger.LogInformation("{Name} changed: {Count} brief(s) for {Month} checked, {Rendered} re-rendered", dataName, outcomes.Count, month, outcomes.Count(o => o.Status == BriefStatus.Rendered));
        return outcomes;
    }
}
