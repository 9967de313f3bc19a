using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace TiesReports.Delivery;

internal static class TableClientExtensions
{
    /// <summary>
    /// Creates the table unless it exists. Not <see cref="TableClient.CreateIfNotExistsAsync"/>: that one writes its
    /// request with reflection-based JSON, which Native AOT cannot run (the CLI's subscribe crashed on it); the plain
    /// create uses the SDK's generated serialiser, and "already exists" (409) is the answer we want.
    /// <para>
    /// It also keeps TableEntity's constructor for Native AOT: the SDK makes every entity it reads with
    /// Activator.CreateInstance&lt;T&gt;() without a new() constraint, so the compiler does not see the need, and
    /// `ties subscriptions` crashed with MissingMethodException. Every store creates its table through here, so
    /// this method is compiled wherever entities are read.
    /// </para>
    /// </summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(TableEntity))]
    public static async Task CreateIfMissingAsync(this TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            await table.CreateAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && ex.ErrorCode != TableErrorCode.TableBeingDeleted)
        {
            // The table is there already.
        }
    }
}
