using System.Text;
using ArticleParser.Lexing.Recognizers;
using ArticleParser.Tests.Support;
using CsCheck;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// The line shape's word counts (<see cref="WordScan"/>) count ASCII eight characters at a time where the runtime
/// has vectors. These tests hold them to a plain one-pass count written here, on every corpus line and on
/// generated lines that mix ASCII with other letters, spaces and marks at every offset of the vector pieces.
/// </summary>
public sealed class WordScanTests
{
    [Fact]
    public void Counts_every_corpus_line_as_a_one_pass_scan_does()
    {
        var lines = CorpusCase.Load("seeds").Concat(CorpusCase.Load("real")).Concat(CorpusCase.Load("variants"))
            .SelectMany(c => c.Text.Split('\n')).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        lines.Should().HaveCountGreaterThan(5_000, "the corpus holds thousands of lines");
        foreach (var line in lines)
        {
            WordScan.Count(line).Should().Be(Reference(line), "the counts of line \"{0}\"", line);
        }
    }

    [Fact]
    public void Counts_generated_lines_as_a_one_pass_scan_does()
    {
        // Characters that each change a count: letters of both cases in and out of ASCII, the marks that end a
        // sentence, spaces in and out of ASCII, ideographs, closers, digits.
        const string Marks = ".!?,-'\"07\t" + "éЖжßÖ中の。！？」’”\u00A0\u3000ǅ\u0301";
        var alphabet = Gen.Frequency(
            (6, Gen.Char['a', 'z']), (2, Gen.Char['A', 'Z']), (3, Gen.Const(' ')), (2, Gen.Int[0, Marks.Length - 1].Select(i => Marks[i])));
        var line = alphabet.Array[0, 90].Select(chars => new string(chars));
        PropertyRunner.Run(line, text => WordScan.Count(text).Should().Be(Reference(text), "the counts of \"{0}\"", text),
            seed: 0x5EED_0A11, cases: 20_000, print: text => $"\"{text}\"");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)] // longer than the stack frame the scan uses: a rented one
    public void Counts_an_ascii_line_with_one_letter_outside_ascii_at_each_position(int repeats)
    {
        var baseline = string.Concat(Enumerable.Repeat("the Quick brown fox. Jumps over the lazy dog! and then? some More words here ", repeats));
        WordScan.Count(baseline).Should().Be(Reference(baseline));
        for (var at = 0; at < baseline.Length; at++)
        {
            var text = new StringBuilder(baseline).Insert(at, 'é').ToString();
            WordScan.Count(text).Should().Be(Reference(text), "é at {0}", at);
        }
    }

    /// <summary>Counts in one pass over the line, keeping the length of the current word.</summary>
    private static WordCounts Reference(string text)
    {
        var counts = default(WordCounts);
        var wordLength = 0;
        var firstIsLower = false;
        var firstIsUpper = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF'))
            {
                counts.Ideographs++;
            }

            var isLetter = c < 128 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') : char.IsLetter(c);
            if (isLetter)
            {
                if (wordLength == 0)
                {
                    counts.Words++;
                    firstIsLower = char.IsLower(c);
                    firstIsUpper = char.IsUpper(c);
                }

                wordLength++;
                continue;
            }

            if (wordLength >= 4)
            {
                counts.LowerStarts += firstIsLower ? 1 : 0;
                counts.UpperStarts += firstIsUpper ? 1 : 0;
            }

            wordLength = 0;
            var isSpace = c == ' ' || (c >= 128 && char.IsWhiteSpace(c));
            if (isSpace && i > 1 && text[i - 1] is '.' or '!' or '?' && char.IsLower(text[i - 2]) && (text[i - 2] >= 128 || text[i - 2] is >= 'a' and <= 'z'))
            {
                counts.SentenceBreaks++;
            }
            else if (c is '。' or '！' or '？' && i + 1 < text.Length && "\"”’'»)]* 」』）".IndexOf(text[i + 1]) < 0)
            {
                counts.SentenceBreaks++;
            }
        }

        return counts;
    }
}
