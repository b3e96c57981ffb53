namespace ArticleParser;

/// <summary>
/// Reports something the parser noticed about the input, with a stable code and the place it concerns.
/// </summary>
/// <remarks>The codes are listed in <see cref="DiagnosticCodes"/> and in the README; they never change meaning.</remarks>
public sealed record ListingDiagnostic
{
    /// <summary>Gets the stable code, <c>AP</c> followed by three digits.</summary>
    public required string Code { get; init; }

    /// <summary>Gets how serious the finding is.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>Gets a sentence that says what was expected and what was found.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the part of the input the diagnostic is about.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Formats the diagnostic as <c>line:column: severity CODE: message</c>.</summary>
    /// <returns>The diagnostic on one line, the way compilers print them.</returns>
    public override string ToString() =>
        $"{Span.Line}:{Span.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
