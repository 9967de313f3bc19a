using TiesReports.Layout.Charts;

namespace TiesReports.Tests.Layout;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 43.6, 0, 50, 10)]
    [InlineData(0, 137, 0, 150, 50)]
    [InlineData(0, 0.83, 0, 1, 0.2)]
    [InlineData(-12, 30, -20, 30, 10)]
    public void Ticks_AreRoundNumbersCoveringTheData(double min, double max, double expectedMin, double expectedMax, double expectedStep)
    {
        var scale = NiceScale.For(min, max);

        Assert.Equal(expectedMin, scale.Min, 9);
        Assert.Equal(expectedMax, scale.Max, 9);
        Assert.Equal(expectedStep, scale.Step, 9);
    }

    [Fact]
    public void AllZeroData_StillHasAnAxis()
    {
        var scale = NiceScale.For(0, 0);

        Assert.True(scale.Max > scale.Min);
        Assert.True(scale.Ticks().Count() >= 2);
    }

    [Theory]
    [InlineData(0, 170, 0)]
    [InlineData(0, 1.4, 1)]
    [InlineData(0, 0.83, 1)]
    [InlineData(0, 1.1, 2)]
    [InlineData(0, 0.0009, 4)]
    public void Decimals_PrintEveryTickExactly(double min, double max, int expected)
    {
        var scale = NiceScale.For(min, max);

        Assert.Equal(expected, scale.Decimals);
        Assert.All(scale.Ticks(), t => Assert.Equal(t, Math.Round(t, scale.Decimals), 9));
    }
}
