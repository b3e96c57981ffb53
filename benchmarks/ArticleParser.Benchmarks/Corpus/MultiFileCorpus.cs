namespace ArticleParser.Benchmarks.Corpus;

/// <summary>
/// A directory of listing files for the multi-file ingestion benchmark: <see cref="FileCount"/> files of
/// about <see cref="FileTargetBytes"/> each, written to a new temporary directory and deleted on dispose.
/// </summary>
/// <remarks>
/// File <c>k</c> continues the seed cycle of <see cref="ListingCorpus"/> where file <c>k - 1</c> stopped, so
/// the files differ from one another; each holds whole listings and is written as UTF-8 without a BOM.
/// </remarks>
public sealed class MultiFileCorpus : IDisposable
{
    /// <summary>How many files the set holds.</summary>
    public const int FileCount = 200;

    /// <summary>The UTF-8 size each file reaches or just passes, 50 KB.</summary>
    public const int FileTargetBytes = 50 * 1024;

    private static readonly Lazy<IReadOnlyList<CorpusPlan>> LazyPlans = new(MakePlans);

    private MultiFileCorpus(string directory, IReadOnlyList<string> files)
    {
        DirectoryPath = directory;
        Files = files;
    }

    /// <summary>Gets the plan of each file, in file order.</summary>
    public static IReadOnlyList<CorpusPlan> Plans => LazyPlans.Value;

    /// <summary>Gets the UTF-8 size of all files together.</summary>
    public static long TotalUtf8Bytes => Plans.Sum(plan => plan.Utf8Bytes);

    /// <summary>Gets the temporary directory that holds the files.</summary>
    public string DirectoryPath { get; }

    /// <summary>Gets the full paths of the files, in name order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Writes the file set to a new temporary directory.</summary>
    /// <returns>The written set; dispose it to delete the directory.</returns>
    public static MultiFileCorpus Create()
    {
        var directory = Directory.CreateTempSubdirectory("articleparser-bench-").FullName;
        var files = new List<string>(FileCount);
        for (var i = 0; i < Plans.Count; i++)
        {
            var path = Path.Combine(directory, $"{i:D3}.txt");
            File.WriteAllText(path, ListingCorpus.Build(Plans[i]));
            files.Add(path);
        }

        return new MultiFileCorpus(directory, files);
    }

    /// <summary>Deletes the temporary directory and its files.</summary>
    public void Dispose()
    {
        if (Directory.Exists(DirectoryPath))
        {
            Directory.Delete(DirectoryPath, recursive: true);
        }
    }

    private static List<CorpusPlan> MakePlans()
    {
        var plans = new List<CorpusPlan>(FileCount);
        long next = 0;
        for (var i = 0; i < FileCount; i++)
        {
            var plan = ListingCorpus.Plan(next, FileTargetBytes);
            plans.Add(plan);
            next += plan.Listings;
        }

        return plans;
    }
}
