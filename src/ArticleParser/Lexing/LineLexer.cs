namespace ArticleParser.Lexing;

/// <summary>
/// Splits text into line tokens: one per physical line, with outer whitespace measured off.
/// </summary>
/// <remarks>
/// Line ends are <c>\n</c>, <c>\r\n</c> and <c>\r</c>, freely mixed. A leading U+FEFF (BOM) is not
/// content and does not count as a column. A final line ending does not open another line.
/// </remarks>
internal static class LineLexer
{
    // A listing line averages well over 40 characters; guessing low only costs one resize.
    private const int AverageLineLength = 40;

    public static TokenList Tokenize(string text)
    {
        var tokens = new TokenList(text, (text.Length / AverageLineLength) + 1);
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var lineNumber = 1;
        while (position < text.Length)
        {
            var rest = text.AsSpan(position);
            var breakAt = rest.IndexOfAny('\r', '\n');
            var lineLength = breakAt < 0 ? rest.Length : breakAt;
            tokens.Add(Classify(text, position, lineLength, lineNumber));

            if (breakAt < 0)
            {
                break;
            }

            position += lineLength + (rest[breakAt] == '\r' && breakAt + 1 < rest.Length && rest[breakAt + 1] == '\n' ? 2 : 1);
            lineNumber++;
        }

        return tokens;
    }

    private static LineToken Classify(string text, int lineStart, int lineLength, int lineNumber)
    {
        var line = text.AsSpan(lineStart, lineLength);
        var first = 0;
        while (first < line.Length && TextRules.IsOuterWhitespace(line[first]))
        {
            first++;
        }

        if (first == line.Length)
        {
            return new LineToken(LineKind.Blank, lineStart, lineStart + first, 0, lineNumber);
        }

        var last = line.Length - 1;
        while (TextRules.IsOuterWhitespace(line[last]))
        {
            last--;
        }

        return new LineToken(LineKind.Text, lineStart, lineStart + first, last - first + 1, lineNumber);
    }
}
