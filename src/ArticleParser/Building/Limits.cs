using System.Globalization;
using ArticleParser.Lexing;

namespace ArticleParser.Building;

/// <summary>
/// Words the errors that end parsing early; the span covers the text left unread when its length is known
/// (a stream is not read past a limit, so there the span is empty).
/// </summary>
internal static class Limits
{
    public static ListingDiagnostic LineTooLong(TokenList tokens, int maxLineLength, long unread) => new()
    {
        Code = DiagnosticCodes.LineTooLong,
        Severity = DiagnosticSeverity.Error,
        Message = FormattableString.Invariant($"Expected lines of at most {maxLineLength} characters (MaxLineLength), found a longer one at line {tokens.EndLine}; parsing stopped there, and the text after it was not read."),
        Span = new SourceSpan(tokens.EndOffset, (int)Math.Max(0, Math.Min(unread, int.MaxValue)), tokens.EndLine, tokens.EndColumn),
    };

    public static ListingDiagnostic InputTooLong(TokenList tokens, int maxInputLength, long unread) => new()
    {
        Code = DiagnosticCodes.InputTooLong,
        Severity = DiagnosticSeverity.Error,
        Message = FormattableString.Invariant($"Expected at most {maxInputLength} characters of input (MaxInputLength), found more; parsing stopped at line {tokens.EndLine}, and the text after it was not read."),
        Span = new SourceSpan(tokens.EndOffset, (int)Math.Max(0, Math.Min(unread, int.MaxValue)), tokens.EndLine, tokens.EndColumn),
    };
}
