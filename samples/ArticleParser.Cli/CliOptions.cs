namespace ArticleParser.Cli;

/// <summary>Names the output formats of the command.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON document for a single input, otherwise a JSON array of <c>{ file, document }</c> objects.</summary>
    Json,

    /// <summary>One compact <c>{ file, document }</c> object per line.</summary>
    JsonLines,

    /// <summary>RFC 4180 CSV: a header row, then one row per entry.</summary>
    Csv,
}

/// <summary>Names how an input is read: as listing text, as an HTML page, or decided per input.</summary>
internal enum InputFormat
{
    /// <summary>HTML for <c>.html</c> and <c>.htm</c> files and for input that sniffs as HTML, listing text otherwise.</summary>
    Auto,

    /// <summary>Listing text, parsed by <see cref="ListingParser"/>.</summary>
    Text,

    /// <summary>An HTML page, read by <see cref="Html.HtmlListing"/>.</summary>
    Html,
}

/// <summary>
/// Holds the parsed command line of <c>articleparser</c>, after System.CommandLine has validated it.
/// </summary>
/// <param name="Inputs">The files, directories and <c>-</c> (standard input) to parse, in command-line order.</param>
/// <param name="Format">The output format.</param>
/// <param name="Output">The file to write to, or <see langword="null"/> (or <c>-</c>) for standard output.</param>
/// <param name="Pattern">The glob that picks the files of a directory.</param>
/// <param name="Strict">Whether the first warning or error of a file fails that file.</param>
/// <param name="Quiet">Whether the summary line and the progress display are left out.</param>
internal sealed record CliOptions(
    IReadOnlyList<string> Inputs,
    OutputFormat Format,
    string? Output,
    string Pattern,
    bool Strict,
    bool Quiet)
{
    /// <summary>The pattern used when <c>--pattern</c> is not given.</summary>
    public const string DefaultPattern = "*.txt";

    /// <summary>Gets how the inputs are read (<c>--input-format</c>).</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>Gets a value indicating whether results go to standard output.</summary>
    public bool WritesToStandardOutput => Output is null or "-";
}
