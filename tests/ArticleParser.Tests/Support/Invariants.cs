using System.Globalization;

namespace ArticleParser.Tests.Support;

/// <summary>
/// The promises every parse makes on any input, checked fast and without test-framework dependencies so
/// the property tests (thousands of cases) and the fuzz target (linked into tests/ArticleParser.Fuzz) share them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>every span lies inside the input and reports the line and column of its offset;</item>
/// <item>every field and block text is exactly the input at its span (nothing invented), non-empty and trimmed;</item>
/// <item>fields lie inside their entry and do not overlap; entries and blocks do not overlap and come in order;</item>
/// <item>every character no entry or block claims is whitespace or a line break, or lies in the span of an
/// <c>AP101</c>/<c>AP102</c> error that says parsing stopped before it (lossless);</item>
/// <item>diagnostics come in document order with the severity their code allows; <c>AP004</c> exactly when there is no entry.</item>
/// </list>
/// <see cref="Lossless"/> checks the same lossless rule with FluentAssertions messages; this one is for volume.
/// </remarks>
public static class Invariants
{
    /// <summary>The README's rule for what is trimmed from field edges: Unicode white space plus U+200B and U+FEFF.</summary>
    public static bool IsOuterWhitespace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Throws an <see cref="InvariantViolationException"/> naming the first broken promise.</summary>
    public static void Check(string text, ListingDocument document)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var lines = new LineMap(text);
        var claimed = new List<(int Offset, int End, string Who)>(document.Entries.Count + document.NonEntryBlocks.Count);

        for (var e = 0; e < document.Entries.Count; e++)
        {
            var entry = document.Entries[e];
            var who = $"entry {e}";
            Span(text, lines, entry.Span, who);
            Require(entry.Span.Length > 0, $"{who} is empty");
            claimed.Add((entry.Span.Offset, entry.Span.End, who));

            var fields = new List<(int Offset, int End)>();
            Field(text, lines, entry, entry.ImageCaptionSpan, entry.ImageCaption, $"{who} caption", fields);
            Field(text, lines, entry, entry.HeadlineSpan, entry.Headline, $"{who} headline", fields);
            Field(text, lines, entry, entry.TeaserSpan, entry.Teaser, $"{who} teaser", fields);
            Field(text, lines, entry, entry.BylineSpan, entry.Byline, $"{who} byline", fields);
            Field(text, lines, entry, entry.Published?.Span, entry.Published?.Text, $"{who} date", fields);
            Field(text, lines, entry, entry.ReadMoreSpan, entry.ReadMore, $"{who} read-more", fields);
            Require(entry.Headline is not null, $"{who} has no headline");
            // A label is in the headline ("[Video] Title") or beside it on its line, cut off it ("Reuters Title", "Title (github.com)"),
            // a section glued directly after the entry's read-more link ("Read moreBritain"), a kicker line of the entry above its headline,
            // or a rubric before its teaser on the teaser's line ("Opinion: Teaser").
            Require(
                entry.Label is null || (entry.Label.Length > 0 && entry.Label.Trim() == entry.Label
                    && (HeadlineLine(text, entry.HeadlineSpan).Contains(entry.Label, StringComparison.Ordinal)
                        || (entry.ReadMoreSpan is { } link && string.CompareOrdinal(text, link.End, entry.Label, 0, entry.Label.Length) == 0)
                        || text[entry.Span.Offset..entry.HeadlineSpan.Offset].Contains(entry.Label, StringComparison.Ordinal)
                        || (entry.TeaserSpan is { } teaserSpan && text[LineStart(text, teaserSpan.Offset)..teaserSpan.Offset].Contains(entry.Label, StringComparison.Ordinal)))),
                $"{who} label {Show(entry.Label)} is neither part of its headline's line, nor glued after its read-more link, nor a line above its headline, nor a rubric before its teaser");
            var truncated = entry.Teaser is { } teaser
                && (teaser.EndsWith("[…]", StringComparison.Ordinal) || teaser.EndsWith("[...]", StringComparison.Ordinal)
                    || teaser.EndsWith('…') || teaser.EndsWith("...", StringComparison.Ordinal));
            Require(entry.IsTeaserTruncated == truncated, $"{who} IsTeaserTruncated is {entry.IsTeaserTruncated} for teaser {Show(entry.Teaser)}");
        }

        for (var b = 0; b < document.NonEntryBlocks.Count; b++)
        {
            var block = document.NonEntryBlocks[b];
            var who = $"block {b}";
            Span(text, lines, block.Span, who);
            Text(text, block.Span, block.Text, who);
            Require(Enum.IsDefined(block.Kind), $"{who} has kind {(int)block.Kind}");
            claimed.Add((block.Span.Offset, block.Span.End, who));
        }

        var stops = new List<SourceSpan>();
        var previousOffset = 0;
        for (var d = 0; d < document.Diagnostics.Count; d++)
        {
            var diagnostic = document.Diagnostics[d];
            var who = $"diagnostic {d} ({diagnostic.Code})";
            Span(text, lines, diagnostic.Span, who);
            Require(!string.IsNullOrWhiteSpace(diagnostic.Message), $"{who} has no message");
            Require(diagnostic.Span.Offset >= previousOffset, $"{who} at offset {diagnostic.Span.Offset} comes after one at {previousOffset}");
            previousOffset = diagnostic.Span.Offset;
            Require(SeverityFits(diagnostic), $"{who} has severity {diagnostic.Severity}");
            if (diagnostic.Code is DiagnosticCodes.InputTooLong or DiagnosticCodes.LineTooLong)
            {
                stops.Add(diagnostic.Span);
            }
        }

        // No entries is said once: AP004, or AP007 when the page reads as no listing (which then says it alone).
        var noEntries = document.Diagnostics.Count(d => d.Code == DiagnosticCodes.NoEntries);
        var notAListing = document.Diagnostics.Count(d => d.Code == DiagnosticCodes.NotAListing);
        Require(notAListing <= 1 && noEntries + notAListing == (document.Entries.Count == 0 ? 1 : 0), $"{noEntries} AP004 and {notAListing} AP007 diagnostics for {document.Entries.Count} entries");
        Require(notAListing == 0 || document.Diagnostics.All(d => d.Code != DiagnosticCodes.StrayText), "AP002 after AP007");

        // Entries and blocks each come in document order; together they never share a character.
        InOrder(claimed.Take(document.Entries.Count), "entries");
        InOrder(claimed.Skip(document.Entries.Count), "blocks");
        claimed.Sort((x, y) => x.Offset.CompareTo(y.Offset));
        var position = 0;
        foreach (var (offset, end, who) in claimed)
        {
            Require(offset >= position || end == offset, $"{who} [{offset}, {end}) overlaps what comes before it (up to {position})");
            Unclaimed(text, position, offset, stops);
            position = Math.Max(position, end);
        }

        Unclaimed(text, position, text.Length, stops);
    }

    /// <summary>
    /// Tells whether the character at <paramref name="i"/> stands on a line of control characters and whitespace alone:
    /// such a line parts paragraphs as a blank line does, and AP105 reports its characters, the first five by place.
    /// </summary>
    private static bool OnControlLine(string text, int i)
    {
        var start = i;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        for (var k = start; k < text.Length && text[k] is not ('\n' or '\r'); k++)
        {
            if (!(text[k] < ' ' || text[k] == '\u007F' || IsOuterWhitespace(text[k])))
            {
                return false;
            }
        }

        return text[i] < ' ' || text[i] == '\u007F';
    }

    private static void Unclaimed(string text, int from, int to, List<SourceSpan> stops)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' || IsOuterWhitespace(c) || OnControlLine(text, i))
            {
                continue;
            }

            var stop = stops.FindIndex(s => s.Offset <= i && i < s.End);
            Require(stop >= 0, $"character {i} (U+{(int)c:X4}) belongs to no entry, block or limit diagnostic: text was lost");
            i = stops[stop].End - 1;
        }
    }

    private static void InOrder(IEnumerable<(int Offset, int End, string Who)> spans, string what)
    {
        var end = 0;
        foreach (var (offset, spanEnd, who) in spans)
        {
            Require(offset >= end, $"{what} out of order at {who}");
            end = spanEnd;
        }
    }

    private static bool SeverityFits(ListingDiagnostic diagnostic) => diagnostic.Code switch
    {
        DiagnosticCodes.HeadlineWithoutTeaser or DiagnosticCodes.StrayText => diagnostic.Severity is DiagnosticSeverity.Info or DiagnosticSeverity.Warning,
        DiagnosticCodes.ExtraBlankLines or DiagnosticCodes.NoEntries or DiagnosticCodes.EntryWithoutTeaser or DiagnosticCodes.PageHeader
            or DiagnosticCodes.NotAListing => diagnostic.Severity == DiagnosticSeverity.Info,
        DiagnosticCodes.InvalidEncoding or DiagnosticCodes.ControlCharacter or DiagnosticCodes.HardWrappedText => diagnostic.Severity == DiagnosticSeverity.Warning,
        DiagnosticCodes.InputTooLong or DiagnosticCodes.LineTooLong or DiagnosticCodes.NotText => diagnostic.Severity == DiagnosticSeverity.Error,
        _ => false,
    };

    private static void Field(string text, LineMap lines, ListingEntry entry, SourceSpan? span, string? value, string who, List<(int Offset, int End)> fields)
    {
        if (span is not { } s)
        {
            Require(value is null, $"{who} has text but no span");
            return;
        }

        Require(value is not null, $"{who} has a span but no text");
        Span(text, lines, s, who);
        Text(text, s, value!, who);
        Require(s.Offset >= entry.Span.Offset && s.End <= entry.Span.End, $"{who} {s} lies outside its entry {entry.Span}");
        foreach (var (offset, end) in fields)
        {
            Require(s.End <= offset || end <= s.Offset, $"{who} {s} overlaps another field of its entry");
        }

        fields.Add((s.Offset, s.End));
    }

    private static void Text(string text, SourceSpan span, string value, string who)
    {
        Require(value.Length > 0, $"{who} is empty");
        Require(
            value.Length == span.Length && string.CompareOrdinal(text, span.Offset, value, 0, value.Length) == 0,
            $"{who} {Show(value)} is not the input at its span {span}: {Show(text.Substring(span.Offset, span.Length))}");
        Require(!IsOuterWhitespace(value[0]) && !IsOuterWhitespace(value[^1]), $"{who} {Show(value)} is not trimmed");
        Require(value.AsSpan().IndexOfAny('\r', '\n') < 0, $"{who} {Show(value)} spans a line break");
    }

    private static void Span(string text, LineMap lines, SourceSpan span, string who)
    {
        Require(span.Offset >= 0 && span.Length >= 0 && span.End <= text.Length, $"{who} {span} lies outside the input of {text.Length} characters");
        var (line, column) = lines.At(span.Offset);
        Require(span.Line == line && span.Column == column, $"{who} {span} says line {span.Line}:{span.Column}, but its offset is at {line}:{column}");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }

    /// <summary>Shows a string as a C# literal with every non-printable character escaped, short enough for a message.</summary>
    public static string Show(string? value, int max = 200)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in value.Length > max ? value[..max] : value)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.Append(value.Length > max ? "\"…" : "\"").ToString();
    }

    /// <summary>Line starts of a text, counted the way editors and the lexer do: \n, \r\n and \r; a leading BOM is no column.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [];

        public LineMap(string text)
        {
            _starts.Add(text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0);
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) At(int offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0)
            {
                index = Math.Max(0, ~index - 1);
            }

            // Offsets 0 with a BOM, and an offset between \r and \n, belong to the line before.
            while (index > 0 && _starts[index] > offset)
            {
                index--;
            }

            // A span can start on a leading BOM (an error about the whole input): that is column 1, not 0.
            return (index + 1, Math.Max(1, offset - _starts[index] + 1));
        }
    }

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOfAny(['\r', '\n'], offset - 1) + 1;

    private static string HeadlineLine(string text, SourceSpan headline)
    {
        var start = headline.Offset == 0 ? 0 : text.LastIndexOfAny(['\r', '\n'], headline.Offset - 1) + 1;
        var end = text.IndexOfAny(['\r', '\n'], headline.Offset);
        return text[start..(end < 0 ? text.Length : end)];
    }
}

/// <summary>Thrown when a parse breaks one of the promises <see cref="Invariants"/> checks.</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string message)
        : base(message)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
