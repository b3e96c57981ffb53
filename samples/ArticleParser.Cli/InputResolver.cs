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
    public sealed record Resolution(IReadOnlyList<InputSource> Sources, bool Failed, bool IsSingleDocument);

    /// <summary>Resolves the inputs, writing one line to <paramref name="stderr"/> for each that cannot be used.</summary>
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
        var failed = false;
        var single = inputs.Count == 1;
        var outputFullPath = outputPath is null ? null : Path.GetFullPath(outputPath);
        foreach (var input in inputs)
        {
            if (input == "-" || File.Exists(input))
            {
                sources.Add(new InputSource(input));
            }
            else if (Directory.Exists(input))
            {
                single = false;
                var files = FindFiles(input, pattern, outputFullPath, stderr, ref failed, out var excluded);
                if (files.Count == 0)
                {
                    stderr.WriteLine(excluded == 0
                        ? $"{CliApp.Prefix}'{input}': directory holds no {pattern.Pattern} files"
                        : $"{CliApp.Prefix}'{input}': directory holds {excluded} {pattern.Pattern} {(excluded == 1 ? "file" : "files")}, and --exclude left out {(excluded == 1 ? "it" : "all of them")}");
                    failed = true;
                }

                sources.AddRange(files.Select(f => new InputSource(f)));
            }
            else
            {
                stderr.WriteLine($"{CliApp.Prefix}'{input}': no such file or directory");
                failed = true;
            }
        }

        return new Resolution(sources, failed, single && sources.Count == 1);
    }

    private static List<string> FindFiles(string root, Glob pattern, string? skip, TextWriter stderr, ref bool failed, out int excluded)
    {
        var files = new List<string>();
        excluded = 0;
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
                    else if (skip is null || !string.Equals(Path.GetFullPath(path), skip, PathComparison))
                    {
                        var relative = Path.GetRelativePath(root, path);
                        if (pattern.IsMatch(relative))
                        {
                            files.Add(path);
                        }
                        else if (pattern.IsIncluded(relative))
                        {
                            excluded++;
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                stderr.WriteLine($"{CliApp.Prefix}'{directory}': cannot list directory: {e.Message}");
                failed = true;
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
