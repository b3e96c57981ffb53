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
}
