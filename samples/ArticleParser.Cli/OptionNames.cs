using System.CommandLine;

namespace ArticleParser.Cli;

/// <summary>
/// Says what is wrong with an unknown option. A mistyped one gets the known option it was meant to be
/// ("--fromat": did you mean --format?), by the edit distance between the names: insertions, deletions,
/// substitutions and swaps of two neighbouring characters each count one, letter case is ignored, and the
/// nearest long name within two edits wins (the first declared one on a tie), so the same typo always gets
/// the same suggestion. A long name after one dash (<c>-format</c>) or after a typographic dash
/// (<c>—format</c>, as a word processor writes <c>--</c>) is named as such; short options are not bundled
/// (<c>-qv</c>) nor joined to their value (<c>-fcsv</c>), and saying so is more use than "unknown".
/// </summary>
/// <remarks>
/// The rule that goes with these names: every option is given at most once, switches too (<c>-v -v</c>,
/// <c>-q --quiet</c> and <c>--format csv -f jsonl</c> are usage errors); only <c>--pattern</c> and
/// <c>--exclude</c> repeat. <see cref="CliCommand.FindUsageError"/> applies it.
/// </remarks>
internal static class OptionNames
{
    /// <summary>The most edits a suggestion may be away from what was typed.</summary>
    public const int MaxDistance = 2;

    // En dash, em dash and minus sign: what "--" or "-" becomes when a command is copied from a document.
    private static readonly char[] TypographicDashes = ['\u2013', '\u2014', '\u2212'];

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
    /// Tells whether an argument that landed among the inputs was meant as an option: it starts with <c>-</c>
    /// (and is not <c>-</c>, standard input), or it is a known long option written with typographic dashes.
    /// </summary>
    /// <param name="argument">The argument.</param>
    /// <param name="options">The command's options.</param>
    /// <returns><see langword="true"/> when the argument is to be reported as an unknown option.</returns>
    public static bool LooksLikeOption(string argument, IEnumerable<Option> options)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return (argument.Length > 1 && argument[0] == '-') || TypographicLongName(argument, options) is not null;
    }

    /// <summary>Describes an unknown option in one line, with what was probably meant.</summary>
    /// <param name="typed">The option as typed, such as <c>-format</c>, <c>-qx</c> or <c>--fromat=csv</c>.</param>
    /// <param name="options">The command's options, in declaration order.</param>
    /// <returns>The message, such as <c>unknown option '-format': a long option takes two dashes: did you mean --format?</c>.</returns>
    public static string DescribeUnknown(string typed, IEnumerable<Option> options)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var known = options.ToList();
        var name = typed.Split('=', ':')[0];
        var message = $"unknown option '{typed}'";
        if (TypographicLongName(name, known) is { } typographic)
        {
            return $"{message}: it starts with '{name[0]}', not '-' (copied from a document?): did you mean {typographic}?";
        }

        var singleDash = name.Length > 2 && name[0] == '-' && name[1] != '-';
        if (singleDash && LongNames(known).FirstOrDefault(n => n.Equals("-" + name, StringComparison.OrdinalIgnoreCase)) is { } dashed)
        {
            return $"{message}: a long option takes two dashes: did you mean {dashed}?";
        }

        if (Suggest(typed, known) is { } near)
        {
            return $"{message}: did you mean {near}?";
        }

        if (name.Length == 2 && name[0] == '-' && ShortOption(char.ToLowerInvariant(name[1]), known) is { } caseless)
        {
            return $"{message}: did you mean -{char.ToLowerInvariant(name[1])} ({caseless.Name})?";
        }

        return singleDash ? DescribeBundle(message, name, known) : message;
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

    // "-qv", "-fcsv", "-qx": one dash and several letters, of which the first is a short option.
    private static string DescribeBundle(string message, string name, List<Option> options)
    {
        if (ShortOption(name[1], options) is not { } first)
        {
            return message;
        }

        if (first.Arity.MinimumNumberOfValues > 0)
        {
            return $"{message}: give -{name[1]} and its value apart, as -{name[1]} {name[2..]}";
        }

        var unknown = name.Skip(1).FirstOrDefault(c => ShortOption(c, options) is null);
        return unknown == default
            ? $"{message}: short options cannot be bundled: give {string.Join(' ', name.Skip(1).Select(c => "-" + c))}"
            : $"{message}: short options cannot be bundled, and there is no option -{unknown}";
    }

    private static Option? ShortOption(char letter, IEnumerable<Option> options) =>
        options.FirstOrDefault(o => o.Aliases.Contains("-" + letter));

    private static IEnumerable<string> LongNames(IEnumerable<Option> options) =>
        options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));

    // "—format" or "–format=csv": the long option meant, or null.
    private static string? TypographicLongName(string argument, IEnumerable<Option> options)
    {
        if (argument.Length == 0 || Array.IndexOf(TypographicDashes, argument[0]) < 0)
        {
            return null;
        }

        var name = "--" + argument.Split('=', ':')[0].TrimStart([.. TypographicDashes, '-']);
        return LongNames(options).FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
