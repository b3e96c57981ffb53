namespace ArticleParser;

/// <summary>
/// Configures <see cref="ListingParser"/>. Instances are immutable and can be shared between threads.
/// </summary>
public sealed record ListingParserOptions
{
    /// <summary>Gets the options used when none are given: lenient parsing.</summary>
    public static ListingParserOptions Default { get; } = new();

    /// <summary>
    /// Gets a value indicating whether the first diagnostic of <see cref="DiagnosticSeverity.Warning"/>
    /// or <see cref="DiagnosticSeverity.Error"/> severity throws a <see cref="ListingFormatException"/>.
    /// When <see langword="false"/> (the default) parsing never throws for any content.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Gets the most characters read from one input (default 2^30, about a billion); past it parsing stops at the last line break with an <c>AP101</c> error.</summary>
    public int MaxInputLength { get; init; } = 1 << 30;

    /// <summary>Gets the longest line accepted (default 2^24, about 16 million characters); at a longer line parsing stops with an <c>AP102</c> error, so one endless line cannot exhaust a stream reader's memory.</summary>
    public int MaxLineLength { get; init; } = 1 << 24;

    /// <summary>Gets a value indicating whether byline and date lines are recognized (<c>Name | May 26, 2023</c>, <c>By Name</c>, <c>12 Mar 2019</c>). Defaults to <see langword="true"/>.</summary>
    public bool RecognizeMetadata { get; init; } = true;

    /// <summary>Gets a value indicating whether read-more links are recognized, on their own line or glued to a teaser. Defaults to <see langword="true"/>.</summary>
    public bool RecognizeReadMore { get; init; } = true;

    /// <summary>Gets a value indicating whether page chrome (section headers, navigation, credits, promotion, contact, issue labels) is recognized. Defaults to <see langword="true"/>.</summary>
    public bool RecognizeChrome { get; init; } = true;

    /// <summary>Gets a value indicating whether lines of separator glyphs (<c>-</c>, <c>* * *</c>) are recognized. Defaults to <see langword="true"/>.</summary>
    public bool RecognizeSeparators { get; init; } = true;

    /// <summary>Gets a callback that receives each non-entry block as it is found; how streaming callers (<see cref="ListingParser.Enumerate(Stream, ListingParserOptions?)"/> and its overloads) see page chrome and orphan lines.</summary>
    public Action<ListingBlock>? OnNonEntryBlock { get; init; }

    /// <summary>Gets a callback that receives each diagnostic as it is decided, in document order; how streaming callers see diagnostics.</summary>
    public Action<ListingDiagnostic>? OnDiagnostic { get; init; }

    /// <summary>Gets a callback that receives each record template the parser inferred, with the records it matched, once the input has ended; how streaming callers see what <see cref="ListingDocument.Layouts"/> lists (<c>Parse</c> lists them there and does not call it).</summary>
    public Action<ListingLayout>? OnLayout { get; init; }

    /// <summary>Gets read-more phrases to recognize in addition to the built-in ones (matched case-insensitively, decoration such as <c>…</c> or <c>»</c> ignored).</summary>
    public IReadOnlyList<string> ReadMorePhrases { get; init; } = [];

    /// <summary>Gets whole-line chrome phrases to recognize in addition to the built-in ones, with the kind each one reports.</summary>
    public IReadOnlyDictionary<string, ListingBlockKind> ChromePhrases { get; init; } = new Dictionary<string, ListingBlockKind>();
}
