using System.Globalization;
using ArticleParser.Lexing;

namespace ArticleParser.Building;

/// <summary>
/// Words the errors that end parsing early, so that the text left unread is still accounted for by a span.
/// </summary>
internal static class Limits
{
    public static ListingDiagnostic LineTooLong(TokenList tokens, int maxLineLength, long unread) => new()
    {
        Code = DiagnosticCodes.LineTooLong,
        Severity = DiagnosticSeverity.Error,
        Message = FormattableString.Invariant($"Expected lines of at most {maxLineLength} characters (MaxLineLength), found a longer one at line {tokens.EndLine}; parsing stopped there and {Unread(unread)} were not read."),
        Span = new SourceSpan(tokens.EndOffset, (int)Math.Max(0, Math.Min(unread, int.MaxValue)), tokens.EndLine, tokens.EndColumn),
    };

    public static ListingDiagnostic InputTooLong(TokenList tokens, int maxInputLength, long unread) => new()
    {
        Code = DiagnosticCodes.InputTooLong,
        Severity = DiagnosticSeverity.Error,
        Message = FormattableString.Invariant($"Expected at most {maxInputLength} characters of input (MaxInputLength), found more; parsing stopped at line {tokens.EndLine} and {Unread(unread)} were not read."),
        Span = new SourceSpan(tokens.EndOffset, (int)Math.Max(0, Math.Min(unread, int.MaxValue)), tokens.EndLine, tokens.EndColumn),
    };

    // The same words whether or not the length is known (a stream is not read past a limit); the span's
    // length says how much was left when the whole text was at hand.
    private static string Unread(long unread) => "the text after it";
}
