using ArticleParser.Compat;
using ArticleParser.Lexing.Recognizers;

namespace ArticleParser.Lexing;

/// <summary>
/// Splits text into line tokens and classifies each line: blank, separator, read-more, chrome,
/// metadata (byline, date) or text.
/// </summary>
/// <remarks>
/// Line ends are <c>\n</c>, <c>\r\n</c> and <c>\r</c>, freely mixed. A leading U+FEFF (BOM) is not
/// content and does not count as a column. A final line ending does not open another line.
/// </remarks>
internal static class LineLexer
{
    private const int MaxKickerLength = 80;

    public static TokenList Tokenize(string text, LexerSettings settings) =>
        Tokenize(text, text.Length, baseOffset: 0, firstLine: 1, settings, skipBom: true);

    /// <summary>
    /// Tokenizes the first <paramref name="length"/> characters of <paramref name="text"/>, whose first
    /// character is at <paramref name="baseOffset"/> of the whole input and starts line <paramref name="firstLine"/>.
    /// </summary>
    public static TokenList Tokenize(string text, int length, int baseOffset, int firstLine, LexerSettings settings, bool skipBom)
    {
        // Counting line breaks is vectorized and far cheaper than growing the token array.
        var breaks = SpanText.CountOf(text.AsSpan(0, length), '\n') + SpanText.CountOf(text.AsSpan(0, length), '\r');
        var tokens = new TokenList(text, baseOffset, breaks + 1);
        var position = skipBom && length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = firstLine;
        var lineStart = position;
        while (position < length)
        {
            var rest = text.AsSpan(position, length - position);
            var breakAt = rest.IndexOfAny('\r', '\n');
            var lineLength = breakAt < 0 ? rest.Length : breakAt;
            if (lineLength > settings.MaxLineLength)
            {
                // Stop before the line: the caller reports it (AP102) with the rest of the input.
                tokens.StoppedAtLongLine = true;
                tokens.EndOffset = baseOffset + position;
                tokens.EndLine = lineNumber;
                tokens.EndColumn = 1;
                return tokens;
            }

            tokens.Add(Classify(text, position, lineLength, lineNumber, settings));

            if (breakAt < 0)
            {
                break;
            }

            position += lineLength + (rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1);
            lineNumber++;
            lineStart = position;
        }

        tokens.EndOffset = baseOffset + length;
        tokens.EndLine = lineNumber;
        tokens.EndColumn = length - lineStart + 1;
        return tokens;
    }

    private static LineToken Classify(string text, int lineStart, int lineLength, int lineNumber, LexerSettings settings)
    {
        var line = text.AsSpan(lineStart, lineLength);
        var first = 0;
        while (first < line.Length && TextRules.IsOuterWhitespace(line[first]))
        {
            first++;
        }

        var token = new LineToken { LineStart = lineStart, LineNumber = lineNumber, OuterStart = lineStart + first };
        if (first == line.Length)
        {
            token.Kind = LineKind.Blank;
            token.FieldStart = token.OuterStart;
            token.BlankLines = 1;
            return token;
        }

        var last = line.Length - 1;
        while (TextRules.IsOuterWhitespace(line[last]))
        {
            last--;
        }

        token.OuterLength = last - first + 1;
        var outer = line.Slice(first, token.OuterLength);
        token.Kind = ClassifyContent(outer, settings, out var chromeKind, out var fieldStart, out var fieldEnd);
        token.ChromeKind = chromeKind;

        // What was measured off (a bullet, a glued link, byline or date) may leave spaces, no-break
        // spaces or zero-width characters at the field's edge: trim them like any outer whitespace.
        while (fieldStart < fieldEnd && TextRules.IsOuterWhitespace(outer[fieldStart]))
        {
            fieldStart++;
        }

        while (fieldEnd > fieldStart && TextRules.IsOuterWhitespace(outer[fieldEnd - 1]))
        {
            fieldEnd--;
        }

        token.FieldStart = token.OuterStart + fieldStart;
        token.FieldLength = fieldEnd - fieldStart;
        return token;
    }

    private static LineKind ClassifyContent(
        ReadOnlySpan<char> outer, LexerSettings settings, out ListingBlockKind chromeKind, out int fieldStart, out int fieldEnd)
    {
        chromeKind = ListingBlockKind.Text;
        fieldStart = 0;
        fieldEnd = outer.Length;
        if (settings.Separators && !char.IsLetterOrDigit(outer[0]) && Decoration.IsSeparator(outer))
        {
            return LineKind.Separator;
        }

        fieldStart = Decoration.BulletLength(outer);
        var content = outer[fieldStart..];
        if (settings.ReadMore?.IsLine(content) == true)
        {
            return LineKind.ReadMore;
        }

        // Metadata before chrome: "2023-05-26" is a date, not a row of page numbers.
        if (settings.Metadata && MetaRecognizer.MightMatch(content) && MetaRecognizer.TryMatch(content, out _))
        {
            return LineKind.Meta;
        }

        if (settings.Chrome?.TryClassify(content, out chromeKind) == true)
        {
            return LineKind.Chrome;
        }

        // A kicker ("Neue Aufgabe in der Landeshauptstadt:") introduces the headline below it, like metadata.
        if (settings.Metadata && content[^1] == ':' && content.Length <= MaxKickerLength)
        {
            return LineKind.Meta;
        }

        // "in" left over from "• in Category": a scrap of a lost link, not a headline.
        if (settings.Metadata && content.Length <= 3 && IsLowercaseWord(content))
        {
            return LineKind.Meta;
        }

        var glued = settings.ReadMore?.GluedStart(content) ?? -1;
        if (glued > 0)
        {
            fieldEnd = fieldStart + glued;
        }
        else if (settings.Metadata && MetaRecognizer.MightHaveGluedByline(content) && MetaRecognizer.GluedBylineStart(content) is > 0 and var titleEnd)
        {
            fieldEnd = fieldStart + titleEnd;
        }
        else if (settings.Metadata && content[^1] == ')')
        {
            // "Title (12 mars 2019)": the date in parentheses is metadata, not part of the headline.
            var open = content.LastIndexOf('(');
            if (open > 0 && MetaRecognizer.TryMatch(content[(open + 1)..^1], out var meta) && meta.Date is not null && meta.Byline is null)
            {
                fieldEnd = fieldStart + content[..open].TrimEnd().Length;
            }
        }

        return LineKind.Text;
    }

    private static bool IsLowercaseWord(ReadOnlySpan<char> content)
    {
        foreach (var c in content)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
