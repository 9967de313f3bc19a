using System.Security.Cryptography;

namespace TiesReports.Core.Storage;

/// <summary>SHA-256 of content, as lower-case hex, used for ETags and cache keys.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string ETagOf(ReadOnlySpan<byte> content) => $"\"{Of(content)[..32]}\"";
}
