namespace TiesReports.Tests.Infrastructure;

/// <summary>One smtp4dev for a test class; tests tell their messages apart by recipient address.</summary>
public sealed class Smtp4devFixture : IAsyncLifetime
{
    public Smtp4devProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await Smtp4devProcess.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
