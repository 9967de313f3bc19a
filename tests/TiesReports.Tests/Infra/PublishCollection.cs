namespace TiesReports.Tests.Infra;

/// <summary>
/// `dotnet publish -c Release` keeps both cores busy for about a minute: it runs on its own, after the parallel
/// tests, so it never starves an Azurite that is starting beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishCollection
{
    public const string Name = "Release publish";
}
