namespace ArticleParser.Cli;

/// <summary>Names the output formats of the command.</summary>
internal enum OutputFormat
{
    /// <summary>The document of a single input, otherwise <c>{"files":[{"path","document"}]}</c>.</summary>
    Json,

    /// <summary>JSON Lines: one object per entry, plus <c>type</c>d lines for non-entry blocks and diagnostics.</summary>
    JsonLines,

    /// <summary>RFC 4180 CSV: a header row, then one row per entry.</summary>
    Csv,
}

/// <summary>Names how an input is read: as listing text, as an HTML page, or decided per input.</summary>
internal enum InputFormat
{
    /// <summary>HTML for input that sniffs as HTML and for <c>.html</c> and <c>.htm</c> files that hold a tag, listing text otherwise.</summary>
    Auto,

    /// <summary>Listing text, parsed by <see cref="ListingParser"/>.</summary>
    Text,

    /// <summary>An HTML page, read by <see cref="Html.HtmlListing"/>.</summary>
    Html,
}

/// <summary>Names the lowest diagnostic severity that makes the command exit with 1.</summary>
internal enum FailOn
{
    /// <summary>An error fails the run (the default).</summary>
    Error,

    /// <summary>A warning or an error fails the run (<c>--strict</c>).</summary>
    Warning,

    /// <summary>No diagnostic fails the run; only usage and I/O problems do.</summary>
    Never,
}

/// <summary>
/// Holds the parsed command line of <c>articleparser</c>, after System.CommandLine has validated it.
/// </summary>
/// <param name="Inputs">The files, directories and <c>-</c> (standard input) to parse, in command-line order.</param>
/// <param name="Format">The output format.</param>
/// <param name="Output">The file to write to, or <see langword="null"/> (or <c>-</c>) for standard output.</param>
internal sealed record CliOptions(IReadOnlyList<string> Inputs, OutputFormat Format, string? Output)
{
    /// <summary>The pattern used when <c>--pattern</c> is not given.</summary>
    public const string DefaultPattern = "*.txt";

    /// <summary>Gets the globs that pick the files of a directory.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [DefaultPattern];

    /// <summary>Gets a value indicating whether <see cref="Patterns"/> come from <c>--pattern</c> rather than the default.</summary>
    public bool PatternsGiven { get; init; }

    /// <summary>Gets the globs of files a directory search leaves out.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    /// <summary>Gets how the inputs are read (<c>--input-format</c>).</summary>
    public InputFormat InputFormat { get; init; } = InputFormat.Auto;

    /// <summary>Gets the lowest severity that fails the run.</summary>
    public FailOn FailOn { get; init; } = FailOn.Error;

    /// <summary>Gets a value indicating whether info diagnostics are printed on standard error too.</summary>
    public bool Verbose { get; init; }

    /// <summary>Gets a value indicating whether each input's inferred record template is printed on standard error (<c>--explain</c>).</summary>
    public bool Explain { get; init; }

    /// <summary>Gets a value indicating whether the summary line and the progress display are left out.</summary>
    public bool Quiet { get; init; }

    /// <summary>Gets a value indicating whether JSON carries the spans of entries and blocks.</summary>
    public bool Spans { get; init; }

    /// <summary>Gets a value indicating whether JSON is indented.</summary>
    public bool Indent { get; init; }

    /// <summary>Gets the entry fields of CSV and JSON Lines, in order.</summary>
    public IReadOnlyList<EntryField> Fields { get; init; } = EntryFields.All;

    /// <summary>Gets the parser options built from <c>--max-line-length</c> and the <c>--no-*</c> switches.</summary>
    public ListingParserOptions Parser { get; init; } = ListingParserOptions.Default;

    /// <summary>Gets a value indicating whether results go to standard output.</summary>
    public bool WritesToStandardOutput => Output is null or "-";
}
