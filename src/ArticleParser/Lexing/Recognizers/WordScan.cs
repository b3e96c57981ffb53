#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Counts what <see cref="LineShape"/> weighs in a line's words: how many words, how many words of four letters or
/// more start lower- or upper-case, whether a sentence ends inside the line, and how many ideographs it holds.
/// </summary>
/// <remarks>
/// <para>
/// Every count is a sum over positions that looks only at a few neighbours (two before, three after), so the
/// line can be cut into pieces counted separately: a word starts where a letter follows a non-letter; it has
/// four letters or more when the three characters after its start are letters; a sentence ends inside the
/// line at a space after <c>.</c>, <c>!</c> or <c>?</c> that follows a lower-case letter, or at a full-width
/// <c>。！？</c> that no closer follows. The end of the line counts as one more space.
/// </para>
/// <para>
/// Where the runtime has vectors, the kinds of ASCII characters are found sixteen at a time and kept as one bit per
/// position; a character outside ASCII is looked up alone in the Unicode tables, and its neighbours stay on the
/// vector path. The counts are then population counts of shifted masks: the same counts as position by position.
/// Elsewhere every position is counted alone.
/// </para>
/// </remarks>
internal static class WordScan
{
    [Flags]
    private enum Kind : byte
    {
        None = 0,
        Letter = 1,
        Lower = 2,
        Upper = 4,
        Space = 8,
        StopMark = 16,
        FullWidthStop = 32,
    }

    /// <summary>Counts the words, cased starts, sentence ends and ideographs of <paramref name="text"/>.</summary>
    public static WordCounts Count(ReadOnlySpan<char> text)
    {
        var counts = default(WordCounts);
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated)
        {
            CountVectors(text, ref counts);
            return counts;
        }
#endif
        for (var i = 0; i <= text.Length; i++)
        {
            CountAt(text, i, ref counts);
        }

        return counts;
    }

    /// <summary>Counts what position <paramref name="i"/> (0 to the line's length, the end counting as a space) adds.</summary>
    private static void CountAt(ReadOnlySpan<char> text, int i, ref WordCounts counts)
    {
        var kind = KindAt(text, i);
        if (i < text.Length && TextRules.IsWide(text[i]))
        {
            counts.Ideographs++;
        }

        if ((kind & Kind.Letter) != 0)
        {
            if ((KindAt(text, i - 1) & Kind.Letter) == 0)
            {
                counts.Words++;
                if ((KindAt(text, i + 1) & KindAt(text, i + 2) & KindAt(text, i + 3) & Kind.Letter) != 0)
                {
                    counts.LowerStarts += (kind & Kind.Lower) != 0 ? 1 : 0;
                    counts.UpperStarts += (kind & Kind.Upper) != 0 ? 1 : 0;
                }
            }

            return;
        }

        if ((kind & Kind.Space) != 0 && (KindAt(text, i - 1) & Kind.StopMark) != 0 && (KindAt(text, i - 2) & Kind.Lower) != 0)
        {
            counts.SentenceBreaks++;
        }
        else if ((kind & Kind.FullWidthStop) != 0 && i + 1 < text.Length && LineShape.Closers.IndexOf(text[i + 1]) < 0)
        {
            counts.SentenceBreaks++; // scripts without spaces end a sentence inside the line with a full-width mark
        }
    }

    private static Kind KindAt(ReadOnlySpan<char> text, int i)
    {
        if (i < 0 || i > text.Length)
        {
            return Kind.None;
        }

        if (i == text.Length)
        {
            return Kind.Space;
        }

        var c = text[i];
        if (c < 128)
        {
            return c switch
            {
                >= 'a' and <= 'z' => Kind.Letter | Kind.Lower,
                >= 'A' and <= 'Z' => Kind.Letter | Kind.Upper,
                ' ' => Kind.Space,
                '.' or '!' or '?' => Kind.StopMark,
                _ => Kind.None,
            };
        }

        if (char.IsLetter(c))
        {
            return Kind.Letter | (char.IsLower(c) ? Kind.Lower : 0) | (char.IsUpper(c) ? Kind.Upper : 0);
        }

        return c is '。' or '！' or '？' ? Kind.FullWidthStop : char.IsWhiteSpace(c) ? Kind.Space : Kind.None;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Counts with one bit per position for each kind of character, 64 positions to a block: a word start is a letter bit
    /// whose previous bit is clear, and so on, so every count is a population count of a few shifted masks.
    /// </summary>
    /// <remarks>
    /// Shifting needs the neighbouring blocks' bits (two positions before, three after), so each block is counted
    /// once the next one is classified. Positions outside the line are nothing, as in <see cref="KindAt"/>.
    /// </remarks>
    private static void CountVectors(ReadOnlySpan<char> text, ref WordCounts counts)
    {
        var previous = default(Masks);
        var current = Classify(text, 0, ref counts);
        for (var start = 0; start <= text.Length; start += Masks.Width)
        {
            var next = start + Masks.Width <= text.Length ? Classify(text, start + Masks.Width, ref counts) : default;
            var starts = current.Letter & ~Before(current.Letter, previous.Letter, 1);
            var isLong = starts & After(current.Letter, next.Letter, 1) & After(current.Letter, next.Letter, 2) & After(current.Letter, next.Letter, 3);
            counts.Words += BitOperations.PopCount(starts);
            counts.LowerStarts += BitOperations.PopCount(isLong & current.Lower);
            counts.UpperStarts += BitOperations.PopCount(isLong & current.Upper);
            counts.SentenceBreaks += BitOperations.PopCount(current.Space & Before(current.Stop, previous.Stop, 1) & Before(current.Lower, previous.Lower, 2));
            previous = current;
            current = next;
        }
    }

    /// <summary>Moves each bit to the position <paramref name="n"/> after it: bit i then tells about position i - n.</summary>
    private static ulong Before(ulong block, ulong previous, int n) => (block << n) | (previous >> (Masks.Width - n));

    /// <summary>Moves each bit to the position <paramref name="n"/> before it: bit i then tells about position i + n.</summary>
    private static ulong After(ulong block, ulong next, int n) => (block >> n) | (next << (Masks.Width - n));

    /// <summary>
    /// Classifies the positions from <paramref name="start"/> (up to 64, the line's end counting as a space): ASCII
    /// sixteen characters at a time, any other character alone with the Unicode tables, which is also where ideographs
    /// and full-width sentence ends are counted.
    /// </summary>
    private static Masks Classify(ReadOnlySpan<char> text, int start, ref WordCounts counts)
    {
        var masks = default(Masks);
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var end = Math.Min(start + Masks.Width, text.Length);
        var outside = Vector128.Create((ushort)128);
        var at = start;
        if (Vector512.IsHardwareAccelerated && at + 64 <= end)
        {
            var low = Vector512.Min(Vector512.LoadUnsafe(ref first, (nuint)at), Vector512.Create((ushort)128));
            var high = Vector512.Min(Vector512.LoadUnsafe(ref first, (nuint)(at + 32)), Vector512.Create((ushort)128));
            ClassifyAscii(text, Vector512.Narrow(low, high), at, start, ref masks, ref counts);
            at += 64;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            // Thirty-two characters a step where the machine has 256-bit vectors: half the steps, the same bits.
            var outsideWide = Vector256.Create((ushort)128);
            for (; at + 32 <= end; at += 32)
            {
                var low = Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)at), outsideWide);
                var high = Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)(at + 16)), outsideWide);
                ClassifyAscii(text, Vector256.Narrow(low, high), at, start, ref masks, ref counts);
            }
        }

        for (; at + 16 <= end; at += 16)
        {
            var low = Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)at), outside);
            var high = Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)(at + 8)), outside);
            ClassifyAscii(text, Vector128.Narrow(low, high), at, start, ref masks, ref counts);
        }

        if (at + 8 <= end)
        {
            // The upper eight bytes are NULs, which are none of the kinds.
            var low = Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)at), outside);
            ClassifyAscii(text, Vector128.Narrow(low, Vector128<ushort>.Zero), at, start, ref masks, ref counts);
            at += 8;
        }

        for (; at < end; at++)
        {
            ClassifyOne(text, at, start, ref masks, ref counts);
        }

        if (text.Length - start < Masks.Width)
        {
            masks.Space |= 1UL << (text.Length - start);
        }

        return masks;
    }

    /// <summary>
    /// Sets the bits of sixteen characters from <paramref name="at"/>, narrowed to bytes with any character outside ASCII
    /// as 128 (no letter, space or mark): those are then classified alone.
    /// </summary>
    private static void ClassifyAscii(ReadOnlySpan<char> text, Vector128<byte> chars, int at, int start, ref Masks masks, ref WordCounts counts)
    {
        var shift = at - start;
        var lower = Vector128.LessThan(chars - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits();
        var letter = Vector128.LessThan((chars | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26))
            .ExtractMostSignificantBits();
        var stop = Vector128.Equals(chars, Vector128.Create((byte)'.')) | Vector128.Equals(chars, Vector128.Create((byte)'!'))
            | Vector128.Equals(chars, Vector128.Create((byte)'?'));
        masks.Letter |= (ulong)letter << shift;
        masks.Lower |= (ulong)lower << shift;
        masks.Upper |= (ulong)(letter & ~lower) << shift;
        masks.Space |= (ulong)Vector128.Equals(chars, Vector128.Create((byte)' ')).ExtractMostSignificantBits() << shift;
        masks.Stop |= (ulong)stop.ExtractMostSignificantBits() << shift;
        var other = Vector128.GreaterThan(chars, Vector128.Create((byte)127)).ExtractMostSignificantBits();
        for (; other != 0; other &= other - 1)
        {
            ClassifyOne(text, at + BitOperations.TrailingZeroCount(other), start, ref masks, ref counts);
        }
    }

    /// <summary>Sets the bits of a whole block of sixty-four characters as the sixteen-character overload does.</summary>
    private static void ClassifyAscii(ReadOnlySpan<char> text, Vector512<byte> chars, int at, int start, ref Masks masks, ref WordCounts counts)
    {
        var lower = Vector512.LessThan(chars - Vector512.Create((byte)'a'), Vector512.Create((byte)26)).ExtractMostSignificantBits();
        var letter = Vector512.LessThan((chars | Vector512.Create((byte)0x20)) - Vector512.Create((byte)'a'), Vector512.Create((byte)26))
            .ExtractMostSignificantBits();
        var stop = Vector512.Equals(chars, Vector512.Create((byte)'.')) | Vector512.Equals(chars, Vector512.Create((byte)'!'))
            | Vector512.Equals(chars, Vector512.Create((byte)'?'));
        masks.Letter = letter;
        masks.Lower = lower;
        masks.Upper = letter & ~lower;
        masks.Space = Vector512.Equals(chars, Vector512.Create((byte)' ')).ExtractMostSignificantBits();
        masks.Stop = stop.ExtractMostSignificantBits();
        var other = Vector512.GreaterThan(chars, Vector512.Create((byte)127)).ExtractMostSignificantBits();
        for (; other != 0; other &= other - 1)
        {
            ClassifyOne(text, at + BitOperations.TrailingZeroCount(other), start, ref masks, ref counts);
        }
    }

    /// <summary>Sets the bits of thirty-two characters from <paramref name="at"/> as the sixteen-character overload does.</summary>
    private static void ClassifyAscii(ReadOnlySpan<char> text, Vector256<byte> chars, int at, int start, ref Masks masks, ref WordCounts counts)
    {
        var shift = at - start;
        var lower = Vector256.LessThan(chars - Vector256.Create((byte)'a'), Vector256.Create((byte)26)).ExtractMostSignificantBits();
        var letter = Vector256.LessThan((chars | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26))
            .ExtractMostSignificantBits();
        var stop = Vector256.Equals(chars, Vector256.Create((byte)'.')) | Vector256.Equals(chars, Vector256.Create((byte)'!'))
            | Vector256.Equals(chars, Vector256.Create((byte)'?'));
        masks.Letter |= (ulong)letter << shift;
        masks.Lower |= (ulong)lower << shift;
        masks.Upper |= (ulong)(letter & ~lower) << shift;
        masks.Space |= (ulong)Vector256.Equals(chars, Vector256.Create((byte)' ')).ExtractMostSignificantBits() << shift;
        masks.Stop |= (ulong)stop.ExtractMostSignificantBits() << shift;
        var other = Vector256.GreaterThan(chars, Vector256.Create((byte)127)).ExtractMostSignificantBits();
        for (; other != 0; other &= other - 1)
        {
            ClassifyOne(text, at + BitOperations.TrailingZeroCount(other), start, ref masks, ref counts);
        }
    }

    /// <summary>Sets the bits of one position (the end of the vectors, or a character outside ASCII) from <see cref="KindAt"/>.</summary>
    private static void ClassifyOne(ReadOnlySpan<char> text, int i, int start, ref Masks masks, ref WordCounts counts)
    {
        var kind = KindAt(text, i);
        var bit = 1UL << (i - start);
        masks.Letter |= (kind & Kind.Letter) != 0 ? bit : 0;
        masks.Lower |= (kind & Kind.Lower) != 0 ? bit : 0;
        masks.Upper |= (kind & Kind.Upper) != 0 ? bit : 0;
        masks.Space |= (kind & Kind.Space) != 0 ? bit : 0;
        masks.Stop |= (kind & Kind.StopMark) != 0 ? bit : 0;
        var c = text[i];
        if (TextRules.IsWide(c))
        {
            counts.Ideographs++;
        }

        if ((kind & Kind.FullWidthStop) != 0 && i + 1 < text.Length && LineShape.Closers.IndexOf(text[i + 1]) < 0)
        {
            counts.SentenceBreaks++;
        }
    }

    /// <summary>Holds one bit per position of a block for each kind of character.</summary>
    private struct Masks
    {
        public const int Width = 64;

        public ulong Letter;
        public ulong Lower;
        public ulong Upper;
        public ulong Space;
        public ulong Stop;
    }
#endif
}

/// <summary>Holds what <see cref="WordScan"/> counted in a line.</summary>
internal struct WordCounts
{
    public int Words;
    public int LowerStarts;
    public int UpperStarts;
    public int SentenceBreaks;
    public int Ideographs;
}
