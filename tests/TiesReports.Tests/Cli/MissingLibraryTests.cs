using TiesReports.Cli;

namespace TiesReports.Tests.Cli;

public sealed class MissingLibraryTests
{
    [Fact]
    public void Find_SeesAMissingLibraryThroughTypeInitializerWrappers()
    {
        var missing = new DllNotFoundException("The ICU library (libicuuc) is not installed.");
        var wrapped = new InvalidOperationException("shaping failed", new TypeInitializationException("TiesReports.Layout.Text.SystemIcu", missing));

        Assert.Same(missing, MissingLibrary.Find(wrapped));
    }

    [Fact]
    public void Find_IgnoresOtherErrors()
    {
        Assert.Null(MissingLibrary.Find(new InvalidOperationException("disk full", new IOException("no space"))));
    }
}
