using System.CommandLine;

namespace ArticleParser.Cli;

/// <summary>
/// Suggests the known option a mistyped one was meant to be ("--fromat": did you mean --format?), by the
/// edit distance between the names: insertions, deletions, substitutions and swaps of two neighbouring
/// characters each count one, letter case is ignored, and the nearest long name within two edits wins
/// (the first declared one on a tie), so the same typo always gets the same suggestion.
/// </summary>
internal static class OptionNames
{
    /// <summary>The most edits a suggestion may be away from what was typed.</summary>
    public const int MaxDistance = 2;

    /// <summary>Finds the long option name nearest to a mistyped option.</summary>
    /// <param name="typed">The unknown option as typed, such as <c>--fromat</c> or <c>--fromat=csv</c>.</param>
    /// <param name="options">The command's options, in declaration order.</param>
    /// <returns>The name to suggest, such as <c>--format</c>, or <see langword="null"/> when none is near.</returns>
    public static string? Suggest(string typed, IEnumerable<Option> options)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(options);
        var name = typed.Split('=', ':')[0].ToLowerInvariant();
        string? best = null;
        var bestDistance = MaxDistance + 1;
        foreach (var option in options)
        {
            foreach (var known in option.Aliases.Prepend(option.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal)))
            {
                var distance = Distance(name, known);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (known, distance);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Counts the edits between two strings (optimal string alignment: insert, delete, substitute, or swap
    /// two neighbouring characters).
    /// </summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <returns>The number of edits.</returns>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
