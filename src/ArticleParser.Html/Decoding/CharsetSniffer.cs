using System.Text;
using System.Text.RegularExpressions;

namespace ArticleParser.Html.Decoding;

/// <summary>
/// Picks the character set of HTML bytes the way browsers do, in this order: a byte order mark, a
/// <c>&lt;meta charset&gt;</c> (or <c>http-equiv</c> content type) in the first 1024 bytes, the caller's
/// fallback, UTF-8.
/// </summary>
internal static partial class CharsetSniffer
{
    private const int PrescanLength = 1024;

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    /// <summary>Returns the encoding and the length of the byte order mark to skip; <paramref name="unknown"/> names a charset that could not be used.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes, Encoding? fallback, out int bomLength, out string? unknown)
    {
        unknown = null;
        bomLength = 0;
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bomLength = 3;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        var match = MetaCharset().Match(head);
        if (match.Success)
        {
            var named = FromName(match.Groups[1].Value);
            if (named is not null)
            {
                return named;
            }

            unknown = match.Groups[1].Value;
        }

        return fallback ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }

    private static Encoding? FromName(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        switch (key)
        {
            // The HTML standard reads these labels as windows-1252, and a meta UTF-16 label as UTF-8
            // (bytes that name their charset in ASCII are not UTF-16).
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252":
                key = "windows-1252";
                break;
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                key = "utf-8";
                break;
        }

        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(key) ?? Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
