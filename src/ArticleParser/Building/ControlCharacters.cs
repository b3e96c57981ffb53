using ArticleParser.Compat;
using ArticleParser.Lexing;

namespace ArticleParser.Building;

/// <summary>
/// Finds the control characters (C0 but tab, line feed, vertical tab, form feed and carriage return, and DEL) in the
/// lines the builder passes, and words a warning for each of the first few and one for the rest
/// (<see cref="DiagnosticCodes.ControlCharacter"/>).
/// </summary>
/// <remarks>
/// Such a character is kept in the text, so it may reach a field (<c>"Stray\u0000NUL"</c>); a few NULs in a long text
/// stay under the not-text test (<see cref="DiagnosticCodes.NotText"/>). Lines are scanned as the builder passes them,
/// so a line past a limit's stop is never read, and both paths (<c>Parse</c> and streaming) find the same characters.
/// The warnings wait here until the builder emits a diagnostic further on, or ends: the document's diagnostics stay in
/// the order of their offsets. The characters past the first <see cref="MaxReported"/> are counted into one warning,
/// emitted at the first of them when the next diagnostic further on, or the end, comes; the count goes on after it.
/// </remarks>
internal sealed class ControlCharacters
{
    /// <summary>Control characters reported one by one; the rest are counted.</summary>
    public const int MaxReported = 5;

    /// <summary>The characters of <see cref="TextRules.IsControl"/>, for a vectorized search of each line.</summary>
    private static readonly CharSet Controls = new(new string(Enumerable.Range(0, 128).Select(c => (char)c).Where(TextRules.IsControl).ToArray()));

    private readonly Queue<ListingDiagnostic> _waiting = new();
    private int _found;
    private int _uncounted;
    private SourceSpan _firstUncounted;

    /// <summary>Looks for control characters in the text of lines <paramref name="first"/> to <paramref name="last"/>.</summary>
    public void Scan(TokenList tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            ref var token = ref tokens[i];
            if (token.Kind == LineKind.Blank)
            {
                // A run of blank lines may hold lines of control characters alone (LineLexer reads them as blank).
                ScanBlank(tokens, token, i + 1 < tokens.Count ? tokens[i + 1].LineStart : tokens.EndOffset - tokens.BaseOffset);
                continue;
            }

            var text = tokens.Source.AsSpan(token.OuterStart, token.OuterLength);
            for (var at = Controls.IndexOfAny(text); at >= 0;)
            {
                var index = token.OuterStart + at;
                Found(text[at], new SourceSpan(tokens.BaseOffset + index, 1, token.LineNumber, token.ColumnOf(index)));
                var next = Controls.IndexOfAny(text[(at + 1)..]);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
    }

    /// <summary>Looks for control characters in a run of blank lines, from its first line's start to <paramref name="end"/>, counting its lines.</summary>
    private void ScanBlank(TokenList tokens, in LineToken token, int end)
    {
        var text = tokens.Source.AsSpan(token.LineStart, end - token.LineStart);
        if (Controls.IndexOfAny(text) < 0)
        {
            return;
        }

        var (line, lineStart) = (token.LineNumber, token.LineStart);
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if (c == '\n' || (c == '\r' && (at + 1 == text.Length || text[at + 1] != '\n')))
            {
                (line, lineStart) = (line + 1, token.LineStart + at + 1);
            }
            else if (TextRules.IsControl(c))
            {
                var index = token.LineStart + at;
                Found(c, new SourceSpan(tokens.BaseOffset + index, 1, line, index - lineStart + 1));
            }
        }
    }

    /// <summary>Emits the waiting warnings positioned at or before <paramref name="offset"/> (all of them for <see cref="int.MaxValue"/>).</summary>
    public void EmitBefore(int offset, IListingSink sink)
    {
        while (_waiting.Count > 0 && _waiting.Peek().Span.Offset <= offset)
        {
            sink.OnDiagnostic(_waiting.Dequeue());
        }

        if (_uncounted > 0 && _firstUncounted.Offset <= offset)
        {
            sink.OnDiagnostic(new ListingDiagnostic
            {
                Code = DiagnosticCodes.ControlCharacter,
                Severity = DiagnosticSeverity.Warning,
                Message = FormattableString.Invariant(
                    $"Expected text, found {_uncounted} more control character{(_uncounted == 1 ? string.Empty : "s")} after the first {MaxReported}, the first of them at line {_firstUncounted.Line}, column {_firstUncounted.Column}; {(_uncounted == 1 ? "it is" : "they are")} kept in the text without a report of {(_uncounted == 1 ? "its" : "their")} own."),
                Span = _firstUncounted,
            });
            _uncounted = 0;
        }
    }

    private void Found(char c, SourceSpan span)
    {
        if (++_found > MaxReported)
        {
            _firstUncounted = _uncounted++ == 0 ? span : _firstUncounted;
            return;
        }

        _waiting.Enqueue(new ListingDiagnostic
        {
            Code = DiagnosticCodes.ControlCharacter,
            Severity = DiagnosticSeverity.Warning,
            Message = FormattableString.Invariant($"Expected text, found the control character U+{(int)c:X4} at line {span.Line}, column {span.Column}; it is kept in the text, where it may reach a field."),
            Span = span,
        });
    }
}
