namespace ArticleParser;

/// <summary>
/// Signals, in strict mode, that the input does not follow the listing format; it carries the first offending diagnostic.
/// </summary>
public sealed class ListingFormatException : FormatException
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public ListingFormatException()
        : this("The input does not follow the listing format.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public ListingFormatException(string message)
        : base(message)
    {
        Code = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ListingFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    /// <summary>Initializes a new instance from the diagnostic that made strict parsing fail.</summary>
    /// <param name="diagnostic">The first diagnostic of warning or error severity.</param>
    public ListingFormatException(ListingDiagnostic diagnostic)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString())
    {
        Diagnostic = diagnostic;
        Code = diagnostic.Code;
        Line = diagnostic.Span.Line;
        Column = diagnostic.Span.Column;
    }

    /// <summary>Gets the diagnostic that made strict parsing fail, if the exception came from the parser.</summary>
    public ListingDiagnostic? Diagnostic { get; }

    /// <summary>Gets the diagnostic code, such as <c>AP001</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the 1-based line where the problem starts.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column where the problem starts.</summary>
    public int Column { get; }
}
