using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace ArticleParser.Benchmarks;

/// <summary>
/// ListingParser.Parse on hostile input shapes at 400 KB and at 1.6 MB, next to a normal 400 KB (and 1.6 MB)
/// listing, so that one run shows how time grows with the input (1.6 MB / 400 KB: 4× the input should take at
/// most 8× the time) and how much slower each shape is than a normal listing (at most 20× at 400 KB). One
/// 10 MB single line is measured at that size only. The report is benchmarks/results/hostile.md.
/// </summary>
/// <remarks>
/// Inputs are made once per case in <see cref="Setup"/>, deterministically (fixed seeds), so runs compare.
/// Sizes are in UTF-16 characters (1 KB = 1,024), which for these mostly-ASCII shapes is about the byte count.
/// </remarks>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private const int Small = 400;
    private const int Large = 1600;

    private string _text = string.Empty;

    /// <summary>The input shapes.</summary>
    public enum Shape
    {
        /// <summary>The repository's real listings (tests/ArticleParser.Tests/Corpus/real), repeated.</summary>
        Normal,

        /// <summary>Nothing but \n.</summary>
        BlankLines,

        /// <summary>Nothing but \r.</summary>
        CarriageReturns,

        /// <summary>One line of '['.</summary>
        OpenBrackets,

        /// <summary>Lines of '[' (each a stray line).</summary>
        OpenBracketLines,

        /// <summary>One line of 'x', 10 MB (measured at that size only).</summary>
        OneLongLine,

        /// <summary>Byline, date, kicker and reading-time lines, no blank line.</summary>
        MetadataFlood,

        /// <summary>Title-shaped lines, no blank line.</summary>
        TitleFlood,

        /// <summary>Title-shaped lines, each followed by a blank line (every one a teaserless-entry candidate).</summary>
        TitleBlankFlood,

        /// <summary>Prose lines ending in '.', no blank line.</summary>
        ProseFlood,

        /// <summary>Separator lines.</summary>
        Separators,

        /// <summary>Read-more links.</summary>
        ReadMoreFlood,

        /// <summary>Lines of nothing but the truncation mark "[…]".</summary>
        TruncationMarks,

        /// <summary>Nothing but NUL characters (one line).</summary>
        Nuls,

        /// <summary>Nothing but \r\n.</summary>
        CrLfs,

        /// <summary>Random characters (letters, punctuation, spaces, controls, surrogates) with about 5 % line breaks.</summary>
        RandomUnicode,
    }

    /// <summary>Gets every measured case: each shape at 400 KB and 1.6 MB, the long line at 10 MB.</summary>
    public static IEnumerable<Input> Inputs()
    {
        foreach (var shape in Enum.GetValues<Shape>())
        {
            if (shape == Shape.OneLongLine)
            {
                yield return new Input(shape, 10 * 1024);
                continue;
            }

            yield return new Input(shape, Small);
            yield return new Input(shape, Large);
        }
    }

    [ParamsSource(nameof(Inputs))]
    public Input Case { get; set; } = new(Shape.Normal, Small);

    [GlobalSetup]
    public void Setup() => _text = Build(Case.Shape, Case.Kilobytes * 1024);

    [Benchmark]
    public int Parse()
    {
        var document = ListingParser.Parse(_text);
        return document.Entries.Count + document.NonEntryBlocks.Count + document.Diagnostics.Count;
    }

    /// <summary>Makes an input of exactly <paramref name="length"/> characters.</summary>
    public static string Build(Shape shape, int length)
    {
        var text = shape switch
        {
            Shape.Normal => Repeat(NormalListing(), length),
            Shape.BlankLines => new string('\n', length),
            Shape.CarriageReturns => new string('\r', length),
            Shape.OpenBrackets => new string('[', length),
            Shape.OpenBracketLines => Repeat("[\n", length),
            Shape.OneLongLine => new string('x', length),
            Shape.MetadataFlood => Repeat("By Jane Doe\nMay 26, 2023\nJane Doe | 12 Mar 2019\nNeue Aufgabe in der Landeshauptstadt:\n12 min read\n3 hours ago\n", length),
            Shape.TitleFlood => Repeat("Workers Win The Vote After Months Of Strikes\nCouncil Approves The Harbour Budget\n", length),
            Shape.TitleBlankFlood => Repeat("Workers Win The Vote After Months Of Strikes\n\n", length),
            Shape.ProseFlood => Repeat("The workers gathered outside the city hall to demand better wages and safer conditions.\n", length),
            Shape.Separators => Repeat("* * *\n-----\n•\n", length),
            Shape.ReadMoreFlood => Repeat("Read more\nContinue reading…\n[Leer más]\n", length),
            Shape.TruncationMarks => Repeat("[…]\n", length),
            Shape.Nuls => new string('\0', length),
            Shape.CrLfs => Repeat("\r\n", length),
            Shape.RandomUnicode => RandomUnicode(length),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
        return text[..length];
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string NormalListing()
    {
        var real = Path.Combine(RepositoryRoot(), "tests", "ArticleParser.Tests", "Corpus", "real");
        if (Directory.Exists(real))
        {
            return string.Join("\n\n", Directory.GetFiles(real, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)) + "\n\n";
        }

        // Away from the repository: a synthetic listing in the seeds' layout.
        var builder = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            builder.Append(i % 3 == 0 ? "Workers On The Picket Line\n" : string.Empty)
                .Append("Strike Action On The Rise Across The Region ").Append(i).Append("\n\n")
                .Append("Comrades are mobilizing around the country to stand with striking workers who are fighting for higher wages […]\n\n");
        }

        return builder.ToString();
    }

    private static string RandomUnicode(int length)
    {
        const string pool = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;!?[]()…|•-—*#©»«/0123456789\t\u00A0\u2028\u200B\uFEFF\0\u0001éüßçñשלוםمرحباΑαЖж";
        var random = new Random(20_240_526);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(100);
            chars[i] = roll < 5 ? '\n' : roll < 7 ? (char)random.Next(0xD800, 0xE000) : roll < 10 ? (char)random.Next(0x20, 0xFFFF) : pool[random.Next(pool.Length)];
        }

        return new string(chars);
    }

    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source) ?? ".", "..", ".."));

    /// <summary>One measured case: a shape at a size in KB.</summary>
    public sealed record Input(Shape Shape, int Kilobytes)
    {
        public override string ToString() => $"{Shape} {Kilobytes} KB";
    }
}
