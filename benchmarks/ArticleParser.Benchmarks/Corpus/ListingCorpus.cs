using System.Text;

namespace ArticleParser.Benchmarks.Corpus;

/// <summary>
/// Builds the benchmark inputs, deterministically, from the five seed listings in <c>Seeds/</c>.
/// </summary>
/// <remarks>
/// <para>
/// A corpus is the seed listings taken in a fixed cycle — 002, 003, 004, 000, 001, 002, … — and joined
/// with one blank line (<see cref="Separator"/>), stopping at the first whole listing that brings the
/// UTF-8 size to the target or past it. Sizes are binary: 1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes.
/// The cycle starts at seed 002 because it is the only seed of at least 3 KB, so the 3 KB input is
/// exactly one seed listing.
/// </para>
/// <para>
/// Seed 003 ends in page chrome (a cover caption, a publication blurb, a "Contact us" line). The corpus
/// keeps that seed only up to its last teaser, the one that ends with <see cref="Seed003LastTeaserEnd"/>,
/// so every corpus consists of entries only and every variant does the same work on it.
/// </para>
/// </remarks>
public static class ListingCorpus
{
    /// <summary>One seed listing, about 3 KB.</summary>
    public const string Size3KB = "3KB";

    /// <summary>About 1 MB of listings.</summary>
    public const string Size1MB = "1MB";

    /// <summary>About 10 MB of listings.</summary>
    public const string Size10MB = "10MB";

    /// <summary>About 100 MB of listings.</summary>
    public const string Size100MB = "100MB";

    /// <summary>What stands between two listings: a line end and one blank line.</summary>
    public const string Separator = "\n\n";

    /// <summary>The end of seed 003's last teaser; what follows it in the seed is page chrome.</summary>
    public const string Seed003LastTeaserEnd = "women’s oppression.";

    /// <summary>The order in which the seeds (by their index in <see cref="Seeds"/>) are repeated.</summary>
    public static readonly IReadOnlyList<int> Cycle = [2, 3, 4, 0, 1];

    private const int KB = 1024;

    private static readonly int SeparatorBytes = Encoding.UTF8.GetByteCount(Separator);

    private static readonly Lazy<IReadOnlyList<SeedListing>> LazySeeds = new(LoadSeeds);

    /// <summary>Gets the five seed listings in file-name order, seed 003 without its trailing page chrome.</summary>
    public static IReadOnlyList<SeedListing> Seeds => LazySeeds.Value;

    /// <summary>Gets the folder the seed files are read from: <c>Seeds/</c> beside the benchmark assembly.</summary>
    public static string SeedDirectory
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "Seeds");
            if (Directory.Exists(beside))
            {
                return beside;
            }

            var assemblyDirectory = Path.GetDirectoryName(typeof(ListingCorpus).Assembly.Location) ?? AppContext.BaseDirectory;
            return Path.Combine(assemblyDirectory, "Seeds");
        }
    }

    /// <summary>Gets the seed listing that the listing at a position of the endless cycle is.</summary>
    /// <param name="listingIndex">The zero-based position in the cycle (0 is seed 002).</param>
    /// <returns>The seed listing at that position.</returns>
    public static SeedListing ListingAt(long listingIndex) => Seeds[Cycle[(int)(listingIndex % Cycle.Count)]];

    /// <summary>Gets the target UTF-8 size, in bytes, that a size name stands for.</summary>
    /// <param name="size">One of <see cref="Size3KB"/>, <see cref="Size1MB"/>, <see cref="Size10MB"/>, <see cref="Size100MB"/>.</param>
    /// <returns>The target size in bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not a known size.</exception>
    public static long TargetBytes(string size) => size switch
    {
        Size3KB => 3 * KB,
        Size1MB => KB * KB,
        Size10MB => 10L * KB * KB,
        Size100MB => 100L * KB * KB,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Expected 3KB, 1MB, 10MB or 100MB."),
    };

    /// <summary>Plans the corpus of a named size without building its text.</summary>
    /// <param name="size">A size name, see <see cref="TargetBytes"/>.</param>
    /// <returns>Which listings the corpus holds and its exact UTF-8 size.</returns>
    public static CorpusPlan Plan(string size) => Plan(0, TargetBytes(size));

    /// <summary>Plans a run of whole listings of the cycle, from <paramref name="firstListing"/> until the target size is reached.</summary>
    /// <param name="firstListing">The position in the cycle to start at.</param>
    /// <param name="targetBytes">The UTF-8 size to reach or pass.</param>
    /// <returns>The plan; it always holds at least one listing.</returns>
    public static CorpusPlan Plan(long firstListing, long targetBytes)
    {
        long count = 0;
        long bytes = 0;
        do
        {
            bytes += (count == 0 ? 0 : SeparatorBytes) + ListingAt(firstListing + count).Utf8Bytes;
            count++;
        }
        while (bytes < targetBytes);

        return new CorpusPlan(firstListing, count, bytes);
    }

    /// <summary>Gets the exact UTF-8 size of the corpus of a named size.</summary>
    /// <param name="size">A size name, see <see cref="TargetBytes"/>.</param>
    /// <returns>The size in bytes.</returns>
    public static long Utf8Length(string size) => Plan(size).Utf8Bytes;

    /// <summary>Builds the corpus of a named size.</summary>
    /// <param name="size">A size name, see <see cref="TargetBytes"/>.</param>
    /// <returns>The listing text.</returns>
    public static string Build(string size) => Build(Plan(size));

    /// <summary>Builds the text a plan describes.</summary>
    /// <param name="plan">The plan, from <see cref="Plan(string)"/> or <see cref="Plan(long, long)"/>.</param>
    /// <returns>The listings of the plan joined by <see cref="Separator"/>, without a final line end.</returns>
    public static string Build(CorpusPlan plan)
    {
        var capacity = checked((int)plan.Utf8Bytes); // UTF-16 length never exceeds the UTF-8 length
        var text = new StringBuilder(capacity);
        for (long i = 0; i < plan.Listings; i++)
        {
            if (i > 0)
            {
                text.Append(Separator);
            }

            text.Append(ListingAt(plan.FirstListing + i).Text);
        }

        return text.ToString();
    }

    private static List<SeedListing> LoadSeeds()
    {
        var files = Directory.GetFiles(SeedDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count != 5)
        {
            throw new InvalidDataException($"Expected the five seed listings in {SeedDirectory}, found {files.Count} files.");
        }

        return files.Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            if (name.StartsWith("003_", StringComparison.Ordinal))
            {
                text = WithoutTrailingChrome(text, name);
            }

            return new SeedListing(name, text, Encoding.UTF8.GetByteCount(text));
        }).ToList();
    }

    private static string WithoutTrailingChrome(string text, string name)
    {
        var at = text.LastIndexOf(Seed003LastTeaserEnd, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidDataException($"Seed {name} no longer holds its last teaser ending \"{Seed003LastTeaserEnd}\".");
        }

        return text[..(at + Seed003LastTeaserEnd.Length)];
    }
}

/// <summary>One seed listing as the corpus uses it.</summary>
/// <param name="Name">The file name without extension, such as <c>003_bdb70ae5e2899c36</c>.</param>
/// <param name="Text">The listing text (for seed 003, without the trailing page chrome).</param>
/// <param name="Utf8Bytes">The UTF-8 size of <paramref name="Text"/>.</param>
public sealed record SeedListing(string Name, string Text, int Utf8Bytes);

/// <summary>A run of whole listings of the seed cycle.</summary>
/// <param name="FirstListing">The position in the cycle of the first listing.</param>
/// <param name="Listings">How many listings, one after the other in the cycle.</param>
/// <param name="Utf8Bytes">The exact UTF-8 size of the built text, separators included.</param>
public readonly record struct CorpusPlan(long FirstListing, long Listings, long Utf8Bytes);
