namespace ArticleParser.Cli;

/// <summary>
/// Turns the command line's inputs into the list of listings to parse: a file stays itself, <c>-</c>
/// is standard input, and a directory becomes the files below it that match the pattern, sorted by
/// path (ordinal) so that every run writes them in the same order.
/// </summary>
internal static class InputResolver
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The outcome of resolving the inputs.</summary>
    /// <param name="Sources">The listings to parse, in output order.</param>
    /// <param name="Failed">Whether some input could not be found or listed (a message was written for each).</param>
    /// <param name="IsSingleDocument">Whether exactly one input was given and it is a file or standard input.</param>
    /// <param name="SearchedDirectories">Whether some input was a directory, so that the globs picked files.</param>
    /// <param name="Missing">How many inputs name no file or directory: the run's summary counts them as files that failed.</param>
    public sealed record Resolution(IReadOnlyList<InputSource> Sources, bool Failed, bool IsSingleDocument, bool SearchedDirectories, int Missing);

    /// <summary>
    /// Resolves the inputs, writing one line to <paramref name="stderr"/> for each that cannot be used, and a
    /// warning for each <c>--exclude</c> glob that left none of the files out.
    /// </summary>
    /// <param name="inputs">The inputs in command-line order.</param>
    /// <param name="pattern">The glob that picks the files of a directory.</param>
    /// <param name="outputPath">The output file, which a directory search skips; <see langword="null"/> for standard output.</param>
    /// <param name="stderr">Where the messages go.</param>
    /// <returns>The listings and whether anything failed.</returns>
    public static Resolution Resolve(IReadOnlyList<string> inputs, Glob pattern, string? outputPath, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(stderr);
        var sources = new List<InputSource>();
        var search = new Search(pattern, outputPath is null ? null : Path.GetFullPath(outputPath), stderr);
        var single = inputs.Count == 1;
        var missing = 0;
        foreach (var input in inputs)
        {
            if (input == "-" || File.Exists(input))
            {
                sources.Add(new InputSource(input));
            }
            else if (Directory.Exists(input))
            {
                single = false;
                sources.AddRange(FindFiles(input, search).Select(f => new InputSource(f)));
            }
            else
            {
                stderr.WriteLine($"{CliApp.Prefix}'{input}': no such file or directory");
                search.Failed = true;
                missing++;
            }
        }

        WarnOfUnusedExcludes(search);
        return new Resolution(sources, search.Failed, single && sources.Count == 1, search.Directories.Count > 0, missing);
    }

    // An --exclude that leaves nothing out is most likely mistyped; when no directory held a file to leave out,
    // the directory's own message ("holds no *.txt files") has said enough.
    private static void WarnOfUnusedExcludes(Search search)
    {
        if (search.Picked + search.Excluded == 0)
        {
            return;
        }

        var excludes = search.Glob.Excludes;
        for (var i = 0; i < excludes.Count; i++)
        {
            if (!search.ExcludeUsed[i])
            {
                search.Stderr.WriteLine(
                    $"{CliApp.Prefix}warning: --exclude '{excludes[i]}' left out none of the {search.Glob.Pattern} files in {CliCommand.QuotedList(search.Directories)}");
            }
        }
    }

    // Lists the files of one directory input that the globs pick, reporting a directory that gives none.
    private static List<string> FindFiles(string input, Search search)
    {
        var excludedBefore = search.Excluded;
        search.Unpicked.Clear();
        var files = ListFiles(input, search);
        search.Directories.Add(input);
        search.Picked += files.Count;
        var excluded = search.Excluded - excludedBefore;
        if (files.Count == 0)
        {
            search.Stderr.WriteLine(excluded == 0
                ? $"{CliApp.Prefix}'{input}': directory holds no {search.Glob.Pattern} files{UnpickedHint(search)}"
                : $"{CliApp.Prefix}'{input}': directory holds {excluded} {search.Glob.Pattern} {(excluded == 1 ? "file" : "files")}, and --exclude left out {(excluded == 1 ? "it" : "all of them")}");
            search.Failed = true;
        }

        return files;
    }

    // A directory of .md or .html files searched for *.txt: name the files it does hold and the --pattern that picks them.
    private static string UnpickedHint(Search search)
    {
        var (extension, count) = search.Unpicked
            .OrderByDescending(e => e.Value)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (count == 0 || search.Glob.Pattern.Contains("*" + extension, StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        return count == 1
            ? $", but 1 {extension} file: give --pattern '*{extension}' to parse it"
            : $", but {count} {extension} files: give --pattern '*{extension}' to parse them";
    }

    private static List<string> ListFiles(string root, Search search)
    {
        var files = new List<string>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            try
            {
                foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
                {
                    var path = Path.Join(directory, entry.Name);
                    if (entry is DirectoryInfo)
                    {
                        // Links to folders are not followed: they could lead back up the tree.
                        if (entry.LinkTarget is null)
                        {
                            pending.Push(path);
                        }
                    }
                    else if (search.Skip is null || !string.Equals(Path.GetFullPath(path), search.Skip, PathComparison))
                    {
                        var relative = Path.GetRelativePath(root, path);
                        if (search.Glob.IsMatch(relative))
                        {
                            files.Add(path);
                        }
                        else if (search.Glob.IsIncluded(relative))
                        {
                            search.Excluded++;
                            search.Glob.MarkExcludes(relative, search.ExcludeUsed);
                        }
                        else if (Path.GetExtension(entry.Name) is { Length: > 1 } extension)
                        {
                            search.Unpicked[extension] = search.Unpicked.GetValueOrDefault(extension) + 1;
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                var reason = e is UnauthorizedAccessException ? "permission denied" : ListingRun.WithoutPath(e.Message, directory);
                search.Stderr.WriteLine($"{CliApp.Prefix}'{directory}': cannot list directory: {CliApp.Lower(reason)}");
                search.Failed = true;
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>What the search of the directory inputs has found so far.</summary>
    private sealed class Search(Glob glob, string? skip, TextWriter stderr)
    {
        public Glob Glob { get; } = glob;

        /// <summary>Gets the full path of the output file, which is never an input; <see langword="null"/> for standard output.</summary>
        public string? Skip { get; } = skip;

        public TextWriter Stderr { get; } = stderr;

        /// <summary>Gets the directory inputs searched, in command-line order.</summary>
        public List<string> Directories { get; } = [];

        /// <summary>Gets one flag per <c>--exclude</c> glob: whether it left out a file that <c>--pattern</c> picked.</summary>
        public bool[] ExcludeUsed { get; } = new bool[glob.Excludes.Count];

        /// <summary>Gets the files of the directory being searched that no <c>--pattern</c> picked, counted by extension.</summary>
        public Dictionary<string, int> Unpicked { get; } = [];

        /// <summary>Gets or sets the number of files the globs picked (and <c>--exclude</c> did not leave out) in all directories.</summary>
        public int Picked { get; set; }

        /// <summary>Gets or sets the number of files <c>--pattern</c> picked and <c>--exclude</c> left out.</summary>
        public int Excluded { get; set; }

        /// <summary>Gets or sets a value indicating whether an input could not be found or listed.</summary>
        public bool Failed { get; set; }
    }
}
