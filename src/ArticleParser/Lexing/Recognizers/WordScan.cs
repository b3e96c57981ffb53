#if NET8_0_OR_GREATER
using System.Buffers;
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
/// Where the runtime has vectors, runs of ASCII are counted eight characters at a time; any piece that holds
/// another character is counted one position at a time with the Unicode tables. Both give the same counts.
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
        if (i < text.Length && text[i] is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'))
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
    /// Counts every position eight at a time, over a copy of the line framed so that each position's neighbours
    /// can be loaded: two NULs before it (no letters), then the space that ends it, then NULs (nothing counts there).
    /// </summary>
    [SkipLocalsInit] // the frame is filled below before anything reads it
    private static void CountVectors(ReadOnlySpan<char> text, ref WordCounts counts)
    {
        const int Before = 2;
        const int StackChars = 512;
        var width = Vector128<ushort>.Count;
        var length = text.Length + Before + 1 + 3 + width;
        char[]? rented = null;
        var framed = length <= StackChars ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        framed[0] = '\0';
        framed[1] = '\0';
        text.CopyTo(framed[Before..]);
        framed[Before + text.Length] = ' ';
        framed.Slice(Before + text.Length + 1, length - (Before + text.Length + 1)).Clear();

        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(framed));
        var nonAscii = Vector128.Create((ushort)0xFF80);
        var caseBit = Vector128.Create((ushort)0x20);
        var lowerA = Vector128.Create((ushort)'a');
        var letters = Vector128.Create((ushort)26);
        // Per-lane tallies: a lane's compare result is all ones (-1), so subtracting it counts one. A lane counts at
        // most one per piece; the tallies are summed before a lane could overflow.
        var words = Vector128<ushort>.Zero;
        var lowerStarts = Vector128<ushort>.Zero;
        var longStarts = Vector128<ushort>.Zero;
        var breaks = Vector128<ushort>.Zero;
        var pieces = 0;
        for (var i = 0; i <= text.Length; i += width)
        {
            // Position i of the line is at i + Before in the frame.
            var before2 = Vector128.LoadUnsafe(ref first, (nuint)i);
            var after3 = Vector128.LoadUnsafe(ref first, (nuint)(i + Before + 3));
            if (((before2 | after3) & nonAscii) != Vector128<ushort>.Zero)
            {
                for (var j = i; j < i + width && j <= text.Length; j++)
                {
                    CountAt(text, j, ref counts);
                }

                continue;
            }

            var before1 = Vector128.LoadUnsafe(ref first, (nuint)(i + Before - 1));
            var at = Vector128.LoadUnsafe(ref first, (nuint)(i + Before));
            var after1 = Vector128.LoadUnsafe(ref first, (nuint)(i + Before + 1));
            var after2 = Vector128.LoadUnsafe(ref first, (nuint)(i + Before + 2));

            // ASCII letters: (c | 0x20) - 'a' < 26; lower-case ones without the fold.
            var starts = Vector128.LessThan((at | caseBit) - lowerA, letters) & ~Vector128.LessThan((before1 | caseBit) - lowerA, letters);
            var isLong = starts
                & Vector128.LessThan((after1 | caseBit) - lowerA, letters)
                & Vector128.LessThan((after2 | caseBit) - lowerA, letters)
                & Vector128.LessThan((after3 | caseBit) - lowerA, letters);
            var stop = Vector128.Equals(before1, Vector128.Create((ushort)'.')) | Vector128.Equals(before1, Vector128.Create((ushort)'!'))
                | Vector128.Equals(before1, Vector128.Create((ushort)'?'));
            words -= starts;
            longStarts -= isLong;
            lowerStarts -= isLong & Vector128.LessThan(at - lowerA, letters);
            breaks -= Vector128.Equals(at, Vector128.Create((ushort)' ')) & stop & Vector128.LessThan(before2 - lowerA, letters);
            if (++pieces == ushort.MaxValue)
            {
                Tally(ref counts, ref words, ref lowerStarts, ref longStarts, ref breaks);
                pieces = 0;
            }
        }

        Tally(ref counts, ref words, ref lowerStarts, ref longStarts, ref breaks);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void Tally(ref WordCounts counts, ref Vector128<ushort> words, ref Vector128<ushort> lowerStarts, ref Vector128<ushort> longStarts, ref Vector128<ushort> breaks)
    {
        var lower = Sum(lowerStarts);
        counts.Words += Sum(words);
        counts.LowerStarts += lower;
        counts.UpperStarts += Sum(longStarts) - lower;
        counts.SentenceBreaks += Sum(breaks);
        words = lowerStarts = longStarts = breaks = Vector128<ushort>.Zero;
    }

    private static int Sum(Vector128<ushort> lanes)
    {
        var (low, high) = Vector128.Widen(lanes);
        return (int)Vector128.Sum(low + high);
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
