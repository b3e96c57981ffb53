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

            var (need, codePoint, lowest) = b switch
            {
                >= 0xC2 and <= 0xDF => (1, b & 0x1F, 0x80),
                >= 0xE0 and <= 0xEF => (2, b & 0x0F, 0x800),
                >= 0xF0 and <= 0xF4 => (3, b & 0x07, 0x10000),
                _ => (0, 0, 0),
            };

            if (need == 0)
            {
                invalidLength = 1;
                break;
            }

            var length = 1;
            while (length <= need && i + length < source.Length && (source[i + length] & 0xC0) == 0x80)
            {
                codePoint = (codePoint << 6) | (source[i + length] & 0x3F);
                length++;

                // Overlong forms and surrogates are invalid as soon as the second byte shows it.
                if (length == 2 && (codePoint << (6 * (need - 1))) is var partial
                    && ((need == 2 && (partial < 0x800 || partial is >= 0xD800 and <= 0xDFFF)) || (need == 3 && (partial < 0x10000 || partial > 0x10FFFF))))
                {
                    length = 1;
                    break;
                }
            }

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

            if (codePoint >= 0x10000)
            {
                if (o + 1 >= destination.Length)
                {
                    break;
                }

                codePoint -= 0x10000;
                destination[o++] = (char)(0xD800 + (codePoint >> 10));
                destination[o++] = (char)(0xDC00 + (codePoint & 0x3FF));
            }
            else
            {
                destination[o++] = (char)codePoint;
            }

            i += length;
        }

        consumed = i;
        written = o;
    }
}
