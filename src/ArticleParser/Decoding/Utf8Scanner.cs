using System.Runtime.CompilerServices;

namespace ArticleParser.Decoding;

/// <summary>
/// Decodes UTF-8 to UTF-16 and stops at the first invalid sequence, so its byte offset can be reported.
/// </summary>
/// <remarks>
/// An invalid sequence is the longest prefix of a well-formed sequence (or one byte), as the Unicode
/// standard's "maximal subpart" practice has it: the caller stands one U+FFFD in for it.
/// </remarks>
internal static class Utf8Scanner
{
    /// <summary>
    /// Decodes from <paramref name="source"/> into <paramref name="destination"/> until either runs out or an
    /// invalid sequence starts; <paramref name="invalidLength"/> is then its length in bytes, otherwise 0.
    /// A sequence cut off by the end of a non-final block is left for the next call.
    /// </summary>
    public static void Decode(
        ReadOnlySpan<byte> source, Span<char> destination, bool final, out int consumed, out int written, out int invalidLength)
    {
        var i = 0;
        var o = 0;
        invalidLength = 0;
        while (i < source.Length && o < destination.Length)
        {
            var b = source[i];
            if (b < 0x80)
            {
                destination[o++] = (char)b;
                i++;
                continue;
            }

            var (need, codePoint, lowest) = LeadByte(b);
            if (need == 0)
            {
                invalidLength = 1;
                break;
            }

            var length = ReadContinuation(source, i, need, ref codePoint);
            if (length <= need)
            {
                if (i + length == source.Length && !final)
                {
                    break; // cut off by the block: wait for more bytes
                }

                invalidLength = length;
                break;
            }

            if (codePoint < lowest)
            {
                invalidLength = 1;
                break;
            }

            if (!TryWrite(codePoint, destination, ref o))
            {
                break;
            }

            i += length;
        }

        consumed = i;
        written = o;
    }

    /// <summary>
    /// Reads a lead byte: how many continuation bytes it needs, the code point bits it carries and the lowest
    /// code point its sequence may encode; a byte that starts no sequence needs 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Need, int CodePoint, int Lowest) LeadByte(byte b) => b switch
    {
        >= 0xC2 and <= 0xDF => (1, b & 0x1F, 0x80),
        >= 0xE0 and <= 0xEF => (2, b & 0x0F, 0x800),
        >= 0xF0 and <= 0xF4 => (3, b & 0x07, 0x10000),
        _ => (0, 0, 0),
    };

    /// <summary>
    /// Adds the continuation bytes after the lead byte at <paramref name="i"/> to <paramref name="codePoint"/>;
    /// returns the sequence's length so far, which is <paramref name="need"/> + 1 when it is complete, and 1 when
    /// its second byte already makes it invalid.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadContinuation(ReadOnlySpan<byte> source, int i, int need, ref int codePoint)
    {
        var length = 1;
        while (length <= need && i + length < source.Length && (source[i + length] & 0xC0) == 0x80)
        {
            codePoint = (codePoint << 6) | (source[i + length] & 0x3F);
            length++;

            // Overlong forms and surrogates are invalid as soon as the second byte shows it.
            if (length == 2 && IsOutOfRange(codePoint << (6 * (need - 1)), need))
            {
                return 1;
            }
        }

        return length;
    }

    /// <summary>
    /// Tells whether the lowest code point a sequence's first two bytes leave open (<paramref name="partial"/>)
    /// is overlong, a surrogate or past U+10FFFF.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsOutOfRange(int partial, int need) =>
        (need == 2 && (partial < 0x800 || partial is >= 0xD800 and <= 0xDFFF)) || (need == 3 && (partial < 0x10000 || partial > 0x10FFFF));

    /// <summary>
    /// Writes <paramref name="codePoint"/> at <paramref name="o"/>, as a surrogate pair past U+FFFF; returns false,
    /// writing nothing, when the pair does not fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryWrite(int codePoint, Span<char> destination, ref int o)
    {
        if (codePoint >= 0x10000)
        {
            if (o + 1 >= destination.Length)
            {
                return false;
            }

            codePoint -= 0x10000;
            destination[o++] = (char)(0xD800 + (codePoint >> 10));
            destination[o++] = (char)(0xDC00 + (codePoint & 0x3FF));
        }
        else
        {
            destination[o++] = (char)codePoint;
        }

        return true;
    }
}
