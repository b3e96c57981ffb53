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
    public static TokenList Tokenize(SourceText text, int length, int baseOffset, int firstLine, LexerSettings settings, bool skipBom)
    {
        // Counting line breaks is vectorized and far cheaper than growing the token array.
        var breaks = SpanText.CountOf(text.AsSpan(0, length), '\n') + SpanText.CountOf(text.AsSpan(0, length), '\r');
        var tokens = new TokenList(text, baseOffset, breaks + 1) { Metadata = settings.Metadata };
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

            tokens.Add(Classify(tokens, position, lineLength, lineNumber, settings));

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

    private static LineToken Classify(TokenList tokens, int lineStart, int lineLength, int lineNumber, LexerSettings settings)
    {
        var line = tokens.Source.AsSpan(lineStart, lineLength);
        var first = 0;
        while (first < line.Length && TextRules.IsOuterWhitespace(line[first]))
        {
            first++;
        }

        var token = new LineToken { LineStart = lineStart, LineNumber = lineNumber, OuterStart = lineStart + first };
        if (first == line.Length || TextRules.OnlyControls(line[first..]))
        {
            // A line of control characters alone (a NUL where a blank line was) parts paragraphs as a blank line does;
            // the builder warns of each character (AP105).
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
        var found = ClassifyContent(outer, settings);
        token.Kind = found.Kind;
        token.ChromeKind = found.ChromeKind;
        token.Glued = found.Glued;
        token.Flags = found.Flags;
        token.Marks = found.Marks;
        AddMetaParts(tokens, ref token, found, outer.Length);
        MeasureField(outer, found, out var fieldStart, out var fieldEnd);
        token.FieldStart = token.OuterStart + fieldStart;
        token.FieldLength = fieldEnd - fieldStart;
        if (token.Kind == LineKind.Text)
        {
            ShapeText(ref token, outer[fieldStart..fieldEnd], settings);
            NameWithRole(tokens, ref token, outer[fieldStart..fieldEnd], settings);
        }

        return token;
    }

    /// <summary>
    /// Adds what a line carries besides its field to the token list's metadata table: a metadata match, a glued
    /// thumbnail's caption, a section glued after a read-more link.
    /// </summary>
    private static void AddMetaParts(TokenList tokens, ref LineToken token, in Found found, int outerLength)
    {
        if (found.Meta is { } meta)
        {
            token.Meta = AddMeta(tokens, token.OuterStart, found, meta);
        }

        if (found.ImageLength > 0)
        {
            token.Meta = tokens.AddMeta(tokens.MetaOf(token) with { CaptionStart = token.OuterStart + found.ImageStart, CaptionLength = found.ImageLength });
        }

        if (found.SectionStart > 0)
        {
            // The section glued after a read-more link is the entry's label; the link ends where it starts.
            token.Meta = tokens.AddMeta(tokens.MetaOf(token) with { LabelStart = token.OuterStart + found.SectionStart, LabelLength = outerLength - found.SectionStart });
        }
    }

    /// <summary>Measures the field within the line's outer text: what was found, trimmed, without a lone dash at a text line's end.</summary>
    private static void MeasureField(ReadOnlySpan<char> outer, in Found found, out int fieldStart, out int fieldEnd)
    {
        // What was measured off (a bullet, a glued link, byline or date) may leave spaces, no-break
        // spaces or zero-width characters at the field's edge: trim them like any outer whitespace.
        fieldStart = found.FieldStart;
        fieldEnd = found.FieldEnd;
        TrimOuterWhitespace(outer, ref fieldStart, ref fieldEnd);
        if (found.Kind == LineKind.Text && found.Glued == GluedKind.None && EndsInLoneDash(outer[fieldStart..fieldEnd]))
        {
            // A dash after the last word, with none of its kind before it, once joined a name the copy lost
            // ("… bukatu guda 6 -"); it stays in the line's span, in no field. A pair ("– jetzt anmelden –") is the text's.
            fieldEnd--;
            TrimOuterWhitespace(outer, ref fieldStart, ref fieldEnd);
        }
    }

    /// <summary>Adds a metadata match to the token list's table, in source offsets; returns its one-based index.</summary>
    private static int AddMeta(TokenList tokens, int outerStart, in Found found, in MetaMatch meta)
    {
        // Ranges are relative to the content after the bullet; the table keeps source offsets.
        var at = outerStart + found.MetaOffset;
        return tokens.AddMeta(new MetaPart(
            meta.Byline is { } b ? at + b.Start.GetOffset(found.MetaLength) : -1,
            meta.Byline is { } b2 ? b2.GetOffsetAndLength(found.MetaLength).Length : 0,
            meta.Date is { } d ? at + d.Start.GetOffset(found.MetaLength) : -1,
            meta.Date is { } d2 ? d2.GetOffsetAndLength(found.MetaLength).Length : 0,
            meta.ParsedDate) { EitherOrder = meta.EitherOrder });
    }

    /// <summary>Tells whether a field ends in a dash after a space, with no dash of its kind before it.</summary>
    private static bool EndsInLoneDash(ReadOnlySpan<char> field) =>
        field.Length >= 3 && field[^1] is '-' or '–' or '—' && TextRules.IsOuterWhitespace(field[^2])
        && field[..^1].IndexOf(field[^1]) < 0 && SpanText.HasLetter(field);

    /// <summary>Narrows <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/> past outer whitespace at both edges.</summary>
    private static void TrimOuterWhitespace(ReadOnlySpan<char> text, ref int start, ref int end)
    {
        while (start < end && TextRules.IsOuterWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && TextRules.IsOuterWhitespace(text[end - 1]))
        {
            end--;
        }
    }

    /// <summary>Scores a text line's field as prose or title and flags a field without letters, alt text and names.</summary>
    private static void ShapeText(ref LineToken token, ReadOnlySpan<char> field, LexerSettings settings)
    {
        token.ShapeScore = (sbyte)LineShape.Score(field);
        token.Shape = token.ShapeScore >= LineShape.ProseThreshold ? LineShapeKind.Prose : LineShapeKind.Title;
        token.Marks |= Decoration.IsLetterClosing(field) ? LineMarks.LetterClosing : 0;
        if (!SpanText.HasLetter(field))
        {
            token.Flags |= LineFlags.NoLetters;
        }

        if (token.Shape == LineShapeKind.Title && LineShape.IsAltText(field))
        {
            token.Flags |= LineFlags.AltText | (settings.Metadata && MetaRecognizer.IsName(field) ? LineFlags.Name : 0);
            token.Marks |= Decoration.NamesPicture(field) ? LineMarks.NamesPicture : 0;
        }
    }

    /// <summary>
    /// Records the name of a line that gives a name and, after a comma, an office (<c>Gun-Britt Sandvik,
    /// förbundsordförande</c>): where the page's template puts a byline under the teaser, the byline is the name alone
    /// (<see cref="MetaPart.NameLength"/>). Above a headline the same line is a portrait's alt text or the headline itself.
    /// </summary>
    private static void NameWithRole(TokenList tokens, ref LineToken token, ReadOnlySpan<char> field, LexerSettings settings)
    {
        if (settings.Metadata && token.Has(LineFlags.AltText) && !token.Has(LineFlags.Name) && token.Meta == 0 && MetaRecognizer.IsNameWithRole(field))
        {
            token.Meta = tokens.AddMeta(MetaPart.None with { NameLength = MetaRecognizer.NameOfNameWithRole(field).Length });
        }
    }

    /// <summary>What <see cref="ClassifyContent"/> found on a line; offsets are relative to the line's outer text.</summary>
    private struct Found
    {
        public LineKind Kind;
        public ListingBlockKind ChromeKind;
        public GluedKind Glued;
        public LineFlags Flags;
        public LineMarks Marks;
        public int FieldStart;
        public int FieldEnd;
        public MetaMatch? Meta;
        public int MetaOffset;
        public int MetaLength;
        public int ImageStart;
        public int ImageLength;

        /// <summary>Where a section name glued after the read-more link starts ("… Read moreBritain"), or -1 (the field's end is past it).</summary>
        public int SectionStart;
    }

    private static Found ClassifyContent(ReadOnlySpan<char> outer, LexerSettings settings)
    {
        var found = new Found { Kind = LineKind.Text, ChromeKind = ListingBlockKind.Text, FieldEnd = outer.Length };
        if (settings.Separators && !char.IsLetterOrDigit(outer[0]) && Decoration.IsSeparator(outer))
        {
            found.Kind = LineKind.Separator;
            return found;
        }

        if (outer[0] is '!' or '[' && TryMarkdownImage(outer, settings, ref found))
        {
            return found;
        }

        if (MeasureDecoration(outer, settings, ref found))
        {
            return found;
        }

        var content = outer[found.FieldStart..found.FieldEnd];
        if (settings.ReadMore?.IsLine(content) == true)
        {
            found.Kind = LineKind.ReadMore;
            return found;
        }

        // Metadata before chrome: "2023-05-26" is a date, not a row of page numbers.
        if (settings.Metadata && MetaRecognizer.MightMatch(content) && MetaRecognizer.TryMatch(content, out var meta))
        {
            found.Kind = LineKind.Meta;
            found.Meta = meta;
            found.MetaOffset = found.FieldStart;
            found.MetaLength = content.Length;
            return found;
        }

        if (TryChrome(content, settings, ref found))
        {
            return found;
        }

        // A kicker ("Neue Aufgabe in der Landeshauptstadt:") introduces the headline below it, like metadata;
        // "in" left over from "• in Category" is a scrap of a lost link, not a headline.
        if (settings.Metadata && ((content[^1] == ':' && content.Length <= MaxKickerLength) || (content.Length <= 3 && IsLowercaseWord(content))))
        {
            found.Kind = LineKind.Meta;
            found.Flags |= LineFlags.Kicker;
            return found;
        }

        MeasureGluedPart(content, settings, ref found);
        return found;
    }

    /// <summary>
    /// Measures the line's decoration off its field: a bullet or list number, a Markdown heading's hashes, Markdown around
    /// the whole line. True where a list number turned out to be a date's day ("26. Nov. 2025"): the line is a date line.
    /// </summary>
    private static bool MeasureDecoration(ReadOnlySpan<char> outer, LexerSettings settings, ref Found found)
    {
        var number = false;
        // A Markdown heading's hashes ("## Title", a page converted to Markdown) are no part of the field, nor a bullet.
        var heading = outer[0] == '#' ? Decoration.MarkdownHeadingLength(outer) : 0;
        found.FieldStart = heading > 0 ? heading : Decoration.BulletLength(outer, out number);
        if (number && found.FieldStart > 0 && settings.Metadata && MetaRecognizer.TryMatch(outer, out var dated))
        {
            // "26. Nov. 2025": the number was the date's day, not a list number.
            found.Kind = LineKind.Meta;
            found.Meta = dated;
            found.MetaLength = outer.Length;
            found.FieldStart = 0;
            return true;
        }

        found.Flags |= found.FieldStart > heading ? LineFlags.Bullet : 0;
        var content = outer[found.FieldStart..];
        if (content[0] is '*' or '_' or '[' && Decoration.MarkdownText(content) is (_, > 0) shown)
        {
            // Markdown around the whole line (a link, emphasis) is no part of the field: the text it shows is.
            (found.FieldStart, found.FieldEnd) = (found.FieldStart + shown.Start, found.FieldStart + shown.Start + shown.Length);
        }

        return false;
    }

    /// <summary>
    /// Tells whether the line is a thumbnail in Markdown, and marks it so: its alt text is a caption's text; without alt
    /// text the image parts the text around it, as a separator line does (it is above the headline of the entry it shows,
    /// or between entries).
    /// </summary>
    private static bool TryMarkdownImage(ReadOnlySpan<char> outer, LexerSettings settings, ref Found found)
    {
        if (Decoration.MarkdownImageAlt(outer) is not { } alt)
        {
            return false;
        }

        var (altStart, altEnd) = (alt.Start.Value, alt.End.Value);
        TrimOuterWhitespace(outer, ref altStart, ref altEnd);
        if (altStart == altEnd)
        {
            found.Kind = settings.Separators ? LineKind.Separator : LineKind.Text;
            return true;
        }

        (found.FieldStart, found.FieldEnd, found.Flags, found.Marks) = (altStart, altEnd, LineFlags.AltText, LineMarks.Image);
        return true;
    }

    /// <summary>Tells whether the line is page chrome, and marks it so (a photo credit after a caption is flagged too).</summary>
    private static bool TryChrome(ReadOnlySpan<char> content, LexerSettings settings, ref Found found)
    {
        if (settings.Chrome?.TryClassify(content, out found.ChromeKind) == true)
        {
            found.Kind = LineKind.Chrome;
            if (found.ChromeKind == ListingBlockKind.Credit && ChromeRecognizer.IsCaptionWithCredit(content))
            {
                found.Flags |= LineFlags.CaptionWithCredit;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Measures what is glued to a text line's field: a link, a stamp or a thumbnail before it, and a read-more link,
    /// a byline or a parenthesized date off its end.
    /// </summary>
    private static void MeasureGluedPart(ReadOnlySpan<char> content, LexerSettings settings, ref Found found)
    {
        content = content[MeasureGluedStart(content, settings, ref found)..];
        if (TryGluedReadMore(content, settings, ref found) || !settings.Metadata || TryGluedByline(content, ref found))
        {
            return;
        }

        if (content[^1] == ')')
        {
            MeasureParenthesizedDate(content, ref found);
        }
        else if (char.IsDigit(content[^1]) && found.Meta is null)
        {
            MeasureDateAfterSentence(content, ref found); // not over a stamp glued before the text, which holds the line's date
        }
    }

    /// <summary>The shortest text before a date glued after its last sentence (<see cref="MeasureDateAfterSentence"/>).</summary>
    private const int MinTextBeforeDate = 40;

    /// <summary>The longest date (and time) glued after a text's last sentence.</summary>
    private const int MaxDateAfterSentence = 32;

    /// <summary>
    /// Measures a date (and time) printed after the text's last sentence off the field: "… працю!10:15 07.12.2022", where
    /// a card's stamp lost its line break. The date must run to the line's end and be the whole rest after the stop.
    /// </summary>
    private static void MeasureDateAfterSentence(ReadOnlySpan<char> content, ref Found found)
    {
        var from = Math.Max(MinTextBeforeDate, content.Length - MaxDateAfterSentence);
        var stop = from < content.Length ? content[from..].LastIndexOfAny(".!?…".AsSpan()) : -1;
        while (stop > 0 && from + stop + 1 < content.Length && char.IsDigit(content[from + stop + 1]) && char.IsDigit(content[from + stop - 1]))
        {
            // A stop between digits is the date's own ("07.12.2022"): the sentence ends at an earlier one.
            stop = content[from..(from + stop)].LastIndexOfAny(".!?…".AsSpan());
        }

        if (stop < 0 || Abbreviation(content[..(from + stop)]))
        {
            return;
        }

        var after = from + stop + 1;
        var date = TextRules.TrimOuterStart(content[after..]);
        if (date.Length < 6 || !char.IsDigit(date[0]) || !MetaRecognizer.TryMatch(date, out var match) || match.Date is not { } range
            || match.Byline is not null || range.GetOffsetAndLength(date.Length) != (0, date.Length))
        {
            return;
        }

        found.FieldEnd = found.FieldStart + after;
        found.Glued = GluedKind.Date;
        found.Meta = match;
        found.MetaOffset = found.FieldStart + content.Length - date.Length;
        found.MetaLength = date.Length;
    }

    /// <summary>
    /// Measures off the start of a text line what is glued before its field (the previous entry's read-more link,
    /// a time or date, a thumbnail's name or size); returns how many characters it measured off.
    /// </summary>
    private static int MeasureGluedStart(ReadOnlySpan<char> content, LexerSettings settings, ref Found found)
    {
        var fieldStart = found.FieldStart;

        // The previous entry's read-more link glued to the start of this line stays in the span, not the field.
        var prefix = settings.ReadMore?.GluedPrefix(content) ?? 0;
        if (prefix > 0)
        {
            found.FieldStart += prefix;
            content = content[prefix..];
        }

        // A time or date glued before the text ("22:10Headline", "30/08/2021Source") is the entry's date.
        CalendarDate? stampDate = null;
        var stamp = settings.Metadata ? GluedStampLength(content, out stampDate) : 0;
        if (stamp > 0)
        {
            found.Meta = new MetaMatch(null, new Range(0, stamp), stampDate);
            (found.MetaOffset, found.MetaLength) = (found.FieldStart, stamp);
            found.FieldStart += stamp;
            content = content[stamp..];
        }

        // A thumbnail's name or size glued to the text is the entry's caption, not the field's (see the token's meta).
        var image = Decoration.GluedImageLength(content);
        if (image > 0)
        {
            (found.ImageStart, found.ImageLength) = (found.FieldStart, image);
            found.FieldStart += image;
        }

        return found.FieldStart - fieldStart;
    }

    /// <summary>Tells whether a read-more link is glued to the end of the text, and ends the field where it starts.</summary>
    private static bool TryGluedReadMore(ReadOnlySpan<char> content, LexerSettings settings, ref Found found)
    {
        var section = -1;
        var glued = settings.ReadMore?.GluedStart(content, out section) ?? -1;
        if (glued <= 0)
        {
            return false;
        }

        found.FieldEnd = found.FieldStart + glued;
        found.Glued = GluedKind.ReadMore;
        found.SectionStart = section > 0 ? found.FieldStart + section : -1;
        return true;
    }

    /// <summary>Tells whether a byline is glued to the end of the text after a dash, and measures it off the field.</summary>
    private static bool TryGluedByline(ReadOnlySpan<char> content, ref Found found)
    {
        var titleEnd = MetaRecognizer.MightHaveGluedByline(content) ? MetaRecognizer.GluedBylineStart(content) : 0;
        if (titleEnd <= 0)
        {
            return false;
        }

        // The byline follows the dash: "Title – di Marta Russo", or the word that names the piece and its "de" ("– L’édito de …").
        var tail = titleEnd;
        while (tail < content.Length && !char.IsLetter(content[tail]))
        {
            tail++;
        }

        found.FieldEnd = found.FieldStart + titleEnd;
        found.Glued = GluedKind.Byline;
        for (var skipped = 0; ; skipped++)
        {
            // Past the word that names the piece and its "de" ("– L’édito de Bertrand Masson"), the rest is the name.
            var rest = content[tail..];
            var matched = MetaRecognizer.TryMatch(rest, out var byline);
            if (matched || (skipped > 0 && MetaRecognizer.IsName(rest)))
            {
                found.Meta = matched ? byline : new MetaMatch(new Range(0, rest.Length), null, null);
                found.MetaOffset = found.FieldStart + tail;
                found.MetaLength = rest.Length;
                break;
            }

            if (skipped == 2 || rest.IndexOf(' ') is not (> 0 and var space))
            {
                break;
            }

            tail += space + 1;
        }

        return true;
    }

    /// <summary>Tells whether the text before a full stop ends in a short capitalized word, an abbreviation ("on Mon.", "Termin: Fr."), not a sentence.</summary>
    private static bool Abbreviation(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return before.Length - start is >= 1 and <= 3 && char.IsUpper(before[start]);
    }

    /// <summary>Measures a date in parentheses at the end of the text off the field, if the parentheses hold a date alone.</summary>
    private static void MeasureParenthesizedDate(ReadOnlySpan<char> content, ref Found found)
    {
        // "Title (12 mars 2019)": the date in parentheses is metadata, not part of the headline.
        var open = content.LastIndexOf('(');
        if (open > 0 && MetaRecognizer.TryMatch(content[(open + 1)..^1], out var date) && date.Date is not null && date.Byline is null)
        {
            found.FieldEnd = found.FieldStart + TextRules.TrimOuterEnd(content[..open]).Length;
            found.Glued = GluedKind.Date;
            found.Meta = date;
            found.MetaOffset = found.FieldStart + open + 1;
            found.MetaLength = content.Length - open - 2;
        }
    }

    /// <summary>
    /// Returns the length of a time or numeric date run into the capitalized word that starts the text ("22:10Тошкентда",
    /// "30/08/2021Газета"), or 0; <paramref name="date"/> is the date it names (none for a time).
    /// </summary>
    private static int GluedStampLength(ReadOnlySpan<char> content, out CalendarDate? date)
    {
        date = null;
        var end = 0;
        while (end < content.Length && (SpanText.IsDigit(content[end]) || content[end] is ':' or '.' or '/' or '-'))
        {
            end++;
        }

        if (end < 4 || end + 1 >= content.Length || !char.IsUpper(content[end]) || !char.IsLower(content[end + 1]))
        {
            return 0;
        }

        var stamp = content[..end];
        if (IsTime(stamp))
        {
            return end;
        }

        if (MetaRecognizer.TryMatch(stamp, out var match) && match.ParsedDate is { } parsed && match.Byline is null
            && match.Date is { } range && range.GetOffsetAndLength(end) == (0, end))
        {
            date = parsed;
            return end;
        }

        return 0;
    }

    /// <summary>Tells whether a stamp is a time of day: <c>9:05</c>, <c>22:10</c>, <c>22:10:03</c>.</summary>
    private static bool IsTime(ReadOnlySpan<char> stamp)
    {
        var colon = stamp.IndexOf(':');
        if (colon is < 1 or > 2 || !SpanText.IsDigit(stamp[0]) || !SpanText.IsDigit(stamp[colon - 1])
            || (colon == 2 ? ((stamp[0] - '0') * 10) + (stamp[1] - '0') : stamp[0] - '0') > 23)
        {
            return false;
        }

        var rest = stamp[(colon + 1)..];
        var seconds = rest.Length == 5 && rest[2] == ':' ? rest[3..] : default;
        var minutes = seconds.IsEmpty ? rest : rest[..2];
        return minutes.Length == 2 && SpanText.IsDigit(minutes[0]) && minutes[0] <= '5' && SpanText.IsDigit(minutes[1])
            && (seconds.IsEmpty || (SpanText.IsDigit(seconds[0]) && seconds[0] <= '5' && SpanText.IsDigit(seconds[1])));
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
