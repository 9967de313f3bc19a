using System.Text;
using TiesReports.Layout.Rendering;

namespace TiesReports.Tests.Layout;

/// <summary>Numbers in content streams: thousandths at most, no trailing zeros, never "-0", one space after.</summary>
public sealed class ContentStreamBuilderTests
{
    [Theory]
    [InlineData(12.0, "12 ")]
    [InlineData(0.5, "0.5 ")]
    [InlineData(595.28, "595.28 ")]
    [InlineData(-1.25, "-1.25 ")]
    [InlineData(760.8545, "760.854 ")]
    [InlineData(0.1234, "0.123 ")]
    [InlineData(-0.0001, "0 ")]
    [InlineData(0.9999, "1 ")]
    [InlineData(-0.002, "-0.002 ")]
    [InlineData(0.0405, "0.04 ")]
    public void Number_IsWrittenInThousandths_WithoutTrailingZeros(double value, string expected)
    {
        var builder = new ContentStreamBuilder();

        builder.Number(value);

        Assert.Equal(expected, Encoding.ASCII.GetString(builder.Written));
    }

    [Fact]
    public void Hex4_WritesFourUpperCaseDigits()
    {
        var builder = new ContentStreamBuilder();

        builder.Hex4(0x0AF3).Hex4(0xD842);

        Assert.Equal("0AF3D842", Encoding.ASCII.GetString(builder.Written));
    }
}
