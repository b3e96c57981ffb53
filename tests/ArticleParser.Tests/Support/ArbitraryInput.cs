using System.Text;
using CsCheck;

namespace ArticleParser.Tests.Support;

/// <summary>A text to parse with the options to parse it with.</summary>
public sealed record ArbitraryCase(string Text, ListingParserOptions Options)
{
    public override string ToString() =>
        $"text ({Text.Length} chars) = {Invariants.Show(Text, 4000)}; options: metadata {Options.RecognizeMetadata}, "
        + $"read-more {Options.RecognizeReadMore}, chrome {Options.RecognizeChrome}, separators {Options.RecognizeSeparators}, "
        + $"extra phrases [{string.Join(", ", Options.ReadMorePhrases)}]";
}

/// <summary>
/// Generators of arbitrary text: random Unicode (line breaks, every kind of space, controls, lone surrogates,
/// brackets and punctuation biased in), random lines from a pool of tricky lines, spliced pieces of the
/// corpus, and mutated generated listings.
/// </summary>
public static class ArbitraryInput
{
    /// <summary>Lines that sit on the edges of the recognizers and the grammar.</summary>
    public static readonly string[] TrickyLines =
    [
        "", " ", "\t", "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u2029", "\u0085", "\0", "\0\0\0", "\u0001\u001F\u007F", "\u001B[31m",
        "\uD800", "\uDFFF", "a\uD800b", "\uDC00\uD800", "x\uDBFF", "[", "[[[[[[[[", "]", "[]", "[ ]", "[Video]", "[Video] Title Here",
        "[Video]\u00A0", "[…]", "[...]", "...", "…", "Read more", "Read more »", "» Read more", "Weiterlesen ...", "Continue reading…",
        "[Leer más]", "Lire la suite", "more", "Mehr", "المزيد", "By Jane Doe", "by", "By", "Jane Doe | May 26, 2023",
        "Jane Doe, May 26, 2023", "Written by Jane Doe Thursday, 25 August 2016", "12 Mar 2019", "2023-05-26", "3 hours ago",
        "Published: Aug 2, 2017", "Topic:", ":", "::::", "in", "• ", "•", "• Bullet Headline Here", "- ", "- a", "* * *", "-----",
        "—", "Latest articles", "Page 3 of 9", "Next »", "1 2 3 … 9", "Issue #1234", "© Someone", "Photo: Someone", "Donate",
        "Contact us at the office", "Title – di Marta Russo", "Title (12 mars 2019)", "Mahnwache am Rand (Foto: K. Albrecht)",
        "Blick auf die Hallen (Foto: Archiv)", "(Foto: x)", "((((((", "))))", "A Title Case Headline Here", "Workers Win The Vote!",
        "Is This The End?", "A prose teaser that ends with a period, as teasers do.",
        "This teaser is cut off in the middle of a sentence and ends with the marker […]",
        "A long paragraph of prose that goes on and on, longer than any caption could be, with commas, clauses and a final period at the end of it all.",
        "Teaser text that carries its link … Leer más »", "שלום עולם", "مرحبا بالعالم.", "e\u0301\u0301\u0301", "\u0301start",
        "👩‍💻🚀", "🇩🇪", "\u202Ereversed text", "\u200E\u200F", "|", "||||", "1", "12/12/12", "99.99.9999", "31 February 2023",
        "Feb 30, 2024", "0000-00-00", "00:00", "14h30Claire Vasseur", "Vol. 3", "Seite 2", "Page Turners: Summer Books",
        "x\ty", "\u000B\u000C", "Cap", "Head", "Tease.", "A", "B.", "\uFFFD", "\uFFFF", "\uFFFE",
        "Source", "Source code", "Tag line", "Today!", "12 Mar 2019?", "May 26, 2023 ...",
    ];

    private static readonly Gen<char> Character = Gen.Frequency(
        (10, (IGen<char>)Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"]),
        (4, Gen.Char["\n\r"]),
        (3, Gen.Char[" \t\u00A0\u2028\u2029\u0085\u200B\uFEFF\u3000\u000B\u000C\u202F"]),
        (3, Gen.Char["[]().,:;!?…|•-—*#©»«/0123456789'\""]),
        (2, Gen.Char["\0\u0001\u001B\u007F\u0080\u009F\uFFFD\uFFFF"]),
        (2, Gen.Char['\uD800', '\uDFFF']),
        (2, Gen.Char["éüßçñ\u0301\u0308שלוםمرحباΑαЖж"]),
        (3, Gen.Char));

    public static readonly Gen<ListingParserOptions> Options = Gen.Frequency(
        (6, (IGen<ListingParserOptions>)Gen.Const(ListingParserOptions.Default)),
        (1, from metadata in Gen.Bool
            from readMore in Gen.Bool
            from chrome in Gen.Bool
            from separators in Gen.Bool
            from extra in Gen.Bool
            select new ListingParserOptions
            {
                RecognizeMetadata = metadata,
                RecognizeReadMore = readMore,
                RecognizeChrome = chrome,
                RecognizeSeparators = separators,
                ReadMorePhrases = extra ? ["Head", "mehr dazu", "…"] : [],
            }));

    public static readonly Gen<string> RandomUnicode = Character.Array[0, 400].Select(chars => new string(chars));

    public static readonly Gen<string> RandomLines =
        from lines in Gen.Frequency((3, (IGen<string>)Gen.OneOf(TrickyLines)), (1, RandomUnicode.Select(s => s.Length > 40 ? s[..40] : s))).Array[0, 40]
        from breaks in Gen.OneOf("\n", "\r\n", "\r", "\n\n", "\r\n\r\n").Array[40]
        select Join(lines, breaks);

    public static Gen<string> CorpusSplice(IReadOnlyList<string> corpus) =>
        from pieces in Gen.Select(Gen.Int[0, corpus.Count - 1], Gen.Double.Unit, Gen.Int[0, 2000]).Array[1, 4]
        from lineEnds in Gen.Int[0, 3]
        select ConvertLineEnds(string.Concat(pieces.Select(p => Slice(corpus[p.Item1], p.Item2, p.Item3))), lineEnds);

    /// <summary>Generated listings with lines deleted, duplicated, swapped, replaced by tricky lines or cut short.</summary>
    public static readonly Gen<string> MutatedListing =
        from listing in ListingGenerator.Listing
        from edits in Gen.Select(Gen.Int[0, 4], Gen.Int[0, 10_000], Gen.Int[0, 10_000]).Array[1, 6]
        select Mutate(listing.Text, edits);

    /// <summary>
    /// The words the recognizers key on (months, weekdays, date prefixes, relative dates, "By" words, field labels,
    /// read-more phrases, chrome phrases), numbers in date and time shapes, names and punctuation, 1 to 8 to a line:
    /// lines that land on the recognizers' edges far more often than random text does.
    /// </summary>
    public static readonly Gen<string> VocabularyLines =
        from lines in (
            from tokens in Gen.OneOf(RecognizerVocabulary.Tokens).Array[1, 8]
            from glue in Gen.OneOf(" ", " ", " ", "", ", ", " | ", " - ", ": ", "\u00A0").Array[8]
            select string.Concat(tokens.Select((t, i) => (i == 0 ? string.Empty : glue[i % glue.Length]) + t))).Array[1, 12]
        from breaks in Gen.OneOf("\n", "\r\n", "\r", "\n\n").Array[12]
        select Join(lines, breaks);

    public static Gen<ArbitraryCase> Cases(IReadOnlyList<string> corpus) =>
        from text in Gen.Frequency(
            (3, (IGen<string>)RandomUnicode),
            (3, RandomLines),
            (3, VocabularyLines),
            (2, CorpusSplice(corpus)),
            (2, MutatedListing))
        from options in Options
        select new ArbitraryCase(text, options);

    private static string Join(string[] lines, string[] breaks)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]).Append(breaks[i % breaks.Length]);
        }

        return builder.ToString();
    }

    private static string Slice(string text, double where, int length)
    {
        var start = (int)(where * text.Length);
        return text.Substring(start, Math.Min(length, text.Length - start));
    }

    private static string ConvertLineEnds(string text, int style) => style switch
    {
        1 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        2 => text.Replace('\n', '\r'),
        _ => text,
    };

    private static string Mutate(string text, (int Kind, int A, int B)[] edits)
    {
        var lines = text.Split('\n').ToList();
        foreach (var (kind, a, b) in edits)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var i = a % lines.Count;
            var j = b % lines.Count;
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(j, lines[i]);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = TrickyLines[b % TrickyLines.Length];
                    break;
                default:
                    lines[i] = lines[i][..(b % (lines[i].Length + 1))];
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
