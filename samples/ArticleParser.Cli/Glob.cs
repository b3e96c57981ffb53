using System.Text;
using System.Text.RegularExpressions;

namespace ArticleParser.Cli;

/// <summary>
/// Matches the files of a directory against a <c>--pattern</c> glob: <c>*</c> and <c>?</c> match
/// within one name, <c>**</c> matches any number of folders. A pattern without <c>/</c> is matched
/// against the file name at any depth; a pattern with <c>/</c> against the path below the directory.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;
    private readonly bool _matchesPath;

    /// <summary>Initializes a matcher for <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The glob, such as <c>*.txt</c> or <c>2024/**/*.txt</c>.</param>
    public Glob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var normalized = pattern.Replace('\\', '/');
        _matchesPath = normalized.Contains('/', StringComparison.Ordinal);
        // File names are case-insensitive on Windows and (by default) macOS, case-sensitive elsewhere.
        var options = RegexOptions.CultureInvariant
            | (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? RegexOptions.IgnoreCase : RegexOptions.None);
        _regex = new Regex(ToRegex(normalized), options, TimeSpan.FromSeconds(1));
    }

    /// <summary>Gets the pattern as given.</summary>
    public string Pattern { get; }

    /// <summary>Tests a file against the pattern.</summary>
    /// <param name="relativePath">The file's path below the searched directory, with <c>/</c> or the platform's separator.</param>
    /// <returns><see langword="true"/> when the file should be parsed.</returns>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(_matchesPath ? path : path[(path.LastIndexOf('/') + 1)..]);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    regex.Append("(?:.*/)?"); // "**/": no folder, or any number of them
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.Append('$').ToString();
    }
}
