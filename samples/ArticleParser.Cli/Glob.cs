using Microsoft.Extensions.FileSystemGlobbing;

namespace ArticleParser.Cli;

/// <summary>
/// Matches the files of a directory against the <c>--pattern</c> and <c>--exclude</c> globs with
/// Microsoft.Extensions.FileSystemGlobbing: <c>*</c> matches within one name, <c>**</c> any number of
/// folders. A glob without <c>/</c> is matched against the file name at any depth; a glob with
/// <c>/</c> against the path below the directory. A file is parsed when some pattern matches it and
/// no exclude does.
/// </summary>
internal sealed class Glob
{
    private readonly Matcher _matcher;

    // The --pattern globs alone, to tell a file that --exclude left out from one that never matched.
    private readonly Matcher _included;

    // Each --exclude glob alone, to tell which of them left a file out.
    private readonly Matcher[] _excludes;

    /// <summary>Initializes a matcher for one pattern and no excludes.</summary>
    /// <param name="pattern">The glob, such as <c>*.txt</c> or <c>2024/**/*.txt</c>.</param>
    public Glob(string pattern)
        : this([pattern], [])
    {
    }

    /// <summary>Initializes a matcher.</summary>
    /// <param name="patterns">The globs that pick files.</param>
    /// <param name="excludes">The globs that leave files out.</param>
    public Glob(IReadOnlyList<string> patterns, IReadOnlyList<string> excludes)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(excludes);
        Pattern = string.Join(" or ", patterns);
        // File names are case-insensitive on Windows and (by default) macOS, case-sensitive elsewhere.
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _matcher = new Matcher(comparison);
        _included = new Matcher(comparison);
        foreach (var pattern in patterns)
        {
            _matcher.AddInclude(Anchor(pattern));
            _included.AddInclude(Anchor(pattern));
        }

        foreach (var exclude in excludes)
        {
            _matcher.AddExclude(Anchor(exclude));
        }

        Excludes = [.. excludes];
        _excludes = [.. excludes.Select(e => new Matcher(comparison).AddInclude(Anchor(e)))];
    }

    /// <summary>Gets the patterns as given, for messages.</summary>
    public string Pattern { get; }

    /// <summary>Gets the <c>--exclude</c> globs as given.</summary>
    public IReadOnlyList<string> Excludes { get; }

    /// <summary>
    /// Says why a glob cannot mean what it looks like: FileSystemGlobbing takes <c>?</c> and <c>{a,b}</c>
    /// literally, so such a glob would quietly match nothing.
    /// </summary>
    /// <param name="pattern">The glob as given.</param>
    /// <returns>The reason, or <see langword="null"/> when the glob is supported.</returns>
    public static string? Unsupported(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Contains('?', StringComparison.Ordinal))
        {
            return "? is not a wildcard here (only * within a name and ** across folders are); use *";
        }

        var open = pattern.IndexOf('{', StringComparison.Ordinal);
        if (open >= 0 && pattern.IndexOf(',', open) > open && pattern.IndexOf('}', open) > open)
        {
            return "{a,b} alternatives are not supported (only * and ** are); give the option once for each";
        }

        return null;
    }

    /// <summary>Tests a file against the globs.</summary>
    /// <param name="relativePath">The file's path below the searched directory, with <c>/</c> or the platform's separator.</param>
    /// <returns><see langword="true"/> when the file should be parsed.</returns>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
    }

    /// <summary>Tells whether a path matches the <c>--pattern</c> globs, whatever <c>--exclude</c> says.</summary>
    /// <param name="relativePath">The path relative to the directory searched.</param>
    /// <returns><see langword="true"/> when a pattern matches it.</returns>
    public bool IsIncluded(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _included.Match(relativePath.Replace('\\', '/')).HasMatches;
    }

    /// <summary>Marks each <c>--exclude</c> glob that matches a path.</summary>
    /// <param name="relativePath">The path relative to the directory searched.</param>
    /// <param name="matched">One flag per glob of <see cref="Excludes"/>, set for those that match.</param>
    public void MarkExcludes(string relativePath, bool[] matched)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(matched);
        var path = relativePath.Replace('\\', '/');
        for (var i = 0; i < _excludes.Length; i++)
        {
            matched[i] |= _excludes[i].Match(path).HasMatches;
        }
    }

    // A name pattern ("*.txt") matches at any depth, as `find -name` does.
    private static string Anchor(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        return normalized.Contains('/', StringComparison.Ordinal) ? normalized : "**/" + normalized;
    }
}
