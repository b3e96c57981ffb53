using System.Globalization;
using ArticleParser.Compat;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// What a page's template glues to every headline that is no part of it: a badge or source name before the title
/// (<c>原创 Title</c>, <c>Dainik Bhaskar Title</c>), or a source or author in parentheses after it
/// (<c>Title (github.com/user)</c>, <c>Title (Tomáš Vrba)</c>), or the list's running number before it (<c>১ Title</c>),
/// or a badge after it (<c>Title 지면기사</c>, <c>Title VIDEO</c>).
/// </summary>
/// <remarks>
/// One headline cannot tell a badge from a title's first word; the page can. An affix counts only when it
/// repeats on at least three quarters of the records the template was inferred from, and at least three: a
/// prefix word for word (and only on a page of five records or more), a trailing parenthetical by its shape. A prefix in a cased script must start with a word
/// of four letters or more and be followed by a capital or a letter of a script without case (never a digit), so that
/// the words a page's titles happen to share ("The …", "How to make …") stay; a prefix closed by a link's mark
/// (<c>Li plis »</c>: the previous entry's read-more link, glued to the title) may have any words and precede anything. A parenthetical that reads as a name becomes the entry's byline.
/// </remarks>
internal sealed record HeadlineAffixes(string? Prefix, bool TrailingParenthetical, bool TrailingCount = false, string? KickerMark = null, bool ListNumber = false, string? Suffix = null, bool TrailingDate = false)
{
    /// <summary>Marks that part a kicker from the title on one line (<c>Energie / In Differdingen geht …</c>).</summary>
    private static readonly string[] KickerMarks = [" / ", " | ", " // "];

    /// <summary>Characters a kicker before its mark runs to at most.</summary>
    private const int MaxKickerLength = 40;

    /// <summary>Characters the title after a kicker's mark runs to at least.</summary>
    private const int MinTitleAfterKicker = 20;

    /// <summary>Digits a counter glued to a headline has at most (a comment count: <c>Title3</c>).</summary>
    private const int MaxCountDigits = 4;

    /// <summary>Digits a counter after a space has at most: four make a year.</summary>
    private const int MaxSpacedCountDigits = 3;

    /// <summary>Digits a list's running number has at most.</summary>
    private const int MaxListNumberDigits = 3;

    private const int MinRecords = 3;

    /// <summary>Records a shared prefix needs: three or four headlines of one page start with the same word by chance.</summary>
    private const int MinPrefixRecords = 5;
    private const int MaxPrefixLength = 30;
    private const int MaxPrefixWords = 3;
    private const int MaxParenthetical = 40;
    private const int MaxNameWords = 4;

    /// <summary>Gets a value indicating whether the template glues anything to its headlines.</summary>
    public bool Any => Prefix is not null || TrailingParenthetical || TrailingCount || KickerMark is not null || ListNumber || Suffix is not null || TrailingDate;

    /// <summary>Characters a title before a date that ends its headline runs to at least.</summary>
    private const int MinTitleBeforeDate = 12;

    /// <summary>Time zones a page prints after a headline's time (<c>09:15:42 EEST</c>); other capitals there are the title's or a label's (<c>20:15 ARD</c>).</summary>
    private static readonly WordSet Zones = WordSet.Of(
        "UTC GMT CET CEST EET EEST WET WEST MSK BST IST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AEST AEDT ACST AWST NZST NZDT "
        + "JST KST HKT SGT PHT WIB WITA WIT ICT SAST CAT EAT WAT BRT ART CLT COT PET UYT MEZ MESZ OEZ OESZ");

    /// <summary>
    /// Words that make the date after them the title's subject (<c>New pension rules from 1 April 2026</c>, <c>Plastic bag
    /// ban starts on 1 July 2026</c>): a preposition, or the article French and Spanish put before a day (<c>le</c>,
    /// <c>el</c>), in the languages the date rules read. Such a date stays in the headline; cut off, it would leave the
    /// title hanging on that word.
    /// </summary>
    private static readonly WordSet SubjectWords = WordSet.Of(
        "from on by until till since before after for of to at in during through between "
        + "ab bis seit vom zum am im für vor nach "
        + "du au dès depuis jusqu'au avant après pour le en "
        + "desde hasta del el en para antes después "
        + "dal al fino entro dopo prima "
        + "vanaf tot sinds op per na voor "
        + "até após");

    /// <summary>Characters the type or section word after a headline's trailing date runs to at most (<c>… 14.10.2024 | Tiedote</c>).</summary>
    private const int MaxDateTail = 24;

    /// <summary>
    /// Finds the affixes of the headlines of <paramref name="records"/> (sample lines where records start), or <see
    /// langword="null"/>. Where the records print their date on a line of their own (<paramref name="datedLine"/>), a date
    /// after each title is the title's (an event's day), not the entry's.
    /// </summary>
    public static HeadlineAffixes? Find(TemplateInference.Sample sample, List<int> records, int headline, bool datedLine = false)
    {
        if (headline < 0 || records.Count < MinRecords)
        {
            return null;
        }

        var needed = TemplateInference.Sample.MostOf(records.Count);
        var prefix = records.Count >= MinPrefixRecords ? CommonPrefix(sample, records, headline, needed) ?? GlyphPrefix(sample, records, headline, needed) : null;
        int parentheticals = 0, counts = 0, numbered = 0, dated = 0, previous = -1;
        HashSet<string>? titles = null;
        var namedByDate = false;
        var series = new Series();
        foreach (var first in records)
        {
            parentheticals += Parenthetical(sample.Field(first, headline)) is { Length: > 0 } ? 1 : 0;
            if (DateAtEnd(sample.Field(first, headline)).Start is > 0 and var dateStart)
            {
                // Titles that differ only in their dates are named by them (Notes from the council, 3 May 2023).
                titles ??= new HashSet<string>(StringComparer.Ordinal);
                dated++;
                namedByDate |= !titles.Add(sample.Field(first, headline)[..dateStart].ToString());
            }
            if (GluedCount(sample.Field(first, headline)) > 0)
            {
                counts++;
                series.Add(TrailingNumber(sample.Field(first, headline)));
            }

            // A list's numbers run on from record to record ("১ Title", "২ Title"); a title's own number does not.
            var number = ListNumberAt(sample.Field(first, headline)).Value;
            numbered += number >= 0 && (first == records[0] || number == previous + 1) ? 1 : 0;
            previous = number;
        }

        var kicker = prefix is null && records.Count >= MinPrefixRecords ? SharedKickerMark(sample, records, headline, needed) : null;
        var suffix = prefix is null && kicker is null && records.Count >= MinPrefixRecords ? CommonSuffix(sample, records, headline, needed) : null;
        // Numbers that run one way down the page ("…, week 12", "…, week 11") number a series; comment counts do not.
        var affixes = new HeadlineAffixes(prefix, parentheticals >= needed, counts >= needed && !series.Runs, kicker, numbered >= needed, suffix, dated >= needed && !namedByDate && !datedLine);
        return affixes.Any ? affixes : null;
    }

    /// <summary>
    /// Cuts the affixes off a headline line: its field shrinks to the title and it is marked <see cref="GluedKind.Affix"/>.
    /// A name in parentheses becomes its byline; the badge before the title, or else a parenthetical that is no name,
    /// becomes its label (both in the meta table), so no text leaves every field.
    /// </summary>
    public void Trim(TokenList tokens, ref LineToken token)
    {
        if (token.Glued != GluedKind.None || token.Kind != LineKind.Text)
        {
            return;
        }

        var meta = tokens.MetaOf(token) is { InText: false } part ? part : MetaPart.None; // a date among the title's words stays there
        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        TrimOpening(ref token, ref meta, ref field);
        TrimMarked(ref token, ref meta, ref field);
        TrimClosing(ref token, ref meta, field);
        field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        if (TrailingCount && GluedCount(field) is > 0 and var counter)
        {
            CutEnd(ref token, ref field, TextRules.TrimOuterEnd(field[..^counter]).Length); // a counter is no field: it stays in the entry's span only
        }

        if (token.Glued == GluedKind.Affix)
        {
            token.Meta = tokens.AddMeta(meta);
        }
    }

    /// <summary>Cuts a list's number, the page's badge and the date after the title (see <see cref="Trim"/>).</summary>
    private void TrimOpening(ref LineToken token, ref MetaPart meta, ref ReadOnlySpan<char> field)
    {
        if (ListNumber && ListNumberAt(field).Length is > 0 and var number)
        {
            CutStart(ref token, ref field, number); // a list's number is decoration, as a bullet is
        }

        if (Prefix is not null && field.Length > Prefix.Length && field.StartsWith(Prefix.AsSpan(), StringComparison.Ordinal)
            && FollowsPrefix(Prefix.AsSpan(), field[Prefix.Length]))
        {
            // A glyph is decoration, as a bullet is; a badge's words are the entry's label.
            meta = GlyphLength(Prefix) > 0 ? meta : meta with { LabelStart = token.FieldStart, LabelLength = TextRules.TrimOuterEnd(Prefix).Length };
            CutStart(ref token, ref field, Prefix.Length);
        }

        if (TrailingDate && DateAtEnd(field) is { Start: > 0 } date)
        {
            // The date the page prints after every title is the entry's; a type or section word after it is its label.
            meta = meta with { DateStart = token.FieldStart + date.Start, DateLength = date.Length, Date = date.Day, InText = false };
            var tail = TextRules.TrimOuter(field[(date.Start + date.Length)..]).TrimStart(DateTailMarks);
            tail = TextRules.TrimOuterStart(tail);
            meta = tail.IsEmpty ? meta : meta with { LabelStart = token.FieldStart + TextRules.TrimOuterEnd(field).Length - tail.Length, LabelLength = tail.Length };
            CutEnd(ref token, ref field, TitleBeforeDate(field[..date.Start]).Length);
        }
    }

    /// <summary>Cuts a kicker before the page's mark and a badge after the title (see <see cref="Trim"/>).</summary>
    private void TrimMarked(ref LineToken token, ref MetaPart meta, ref ReadOnlySpan<char> field)
    {
        if (KickerMark is not null && KickerEnd(field, KickerMark) is > 0 and var kickerEnd)
        {
            // Each record's own kicker before the page's mark ("Schulweg / Title", "Energie / Title") is its label.
            // Spaces around the mark belong to neither: the label and the title are trimmed.
            meta = meta with { LabelStart = token.FieldStart, LabelLength = TextRules.TrimOuterEnd(field[..kickerEnd]).Length };
            CutStart(ref token, ref field, field.Length - TextRules.TrimOuterStart(field[(kickerEnd + KickerMark.Length)..]).Length);
        }

        if (Suffix is not null && !meta.HasLabel && field.Length > Suffix.Length && field.EndsWith(Suffix.AsSpan(), StringComparison.Ordinal))
        {
            // A badge after the title ("Title 지면기사": printed in the paper) is the entry's label, as one before it is;
            // where the entry has its label already (a kicker before the title), the badge stays in the headline.
            meta = meta with { LabelStart = token.FieldStart + field.Length - Suffix.Length + 1, LabelLength = Suffix.Length - 1 };
            CutEnd(ref token, ref field, TextRules.TrimOuterEnd(field[..^Suffix.Length]).Length);
        }
    }

    /// <summary>Cuts a trailing parenthetical: a name in it is the byline, other words the label (see <see cref="Trim"/>).</summary>
    private void TrimClosing(ref LineToken token, ref MetaPart meta, ReadOnlySpan<char> field)
    {
        if (!TrailingParenthetical || Parenthetical(field) is not { Length: > 0 } inner)
        {
            return;
        }

        var open = field.Length - inner.Length - 2;
        var innerStart = token.FieldStart + open + 1 + (inner.Length - TextRules.TrimOuterStart(inner).Length);
        inner = TextRules.TrimOuter(inner);
        CutEnd(ref token, ref field, TextRules.TrimOuterEnd(field[..open]).Length);
        if (!meta.HasByline && IsName(inner))
        {
            meta = meta with { BylineStart = innerStart, BylineLength = inner.Length };
        }
        else if (!meta.HasLabel)
        {
            meta = meta with { LabelStart = innerStart, LabelLength = inner.Length };
        }
    }

    /// <summary>Moves a headline's field start past an affix of <paramref name="length"/> characters.</summary>
    private static void CutStart(ref LineToken token, ref ReadOnlySpan<char> field, int length)
    {
        token.FieldStart += length;
        token.FieldLength -= length;
        token.Glued = GluedKind.Affix;
        field = field[length..];
    }

    /// <summary>Ends a headline's field after <paramref name="length"/> characters, before an affix.</summary>
    private static void CutEnd(ref LineToken token, ref ReadOnlySpan<char> field, int length)
    {
        token.FieldLength = length;
        token.Glued = GluedKind.Affix;
        field = field[..length];
    }

    /// <summary>Writes the affixes for a template's readable form: <c>headline</c> becomes <c>headline (after "原创 ", then "(…)")</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>(5);
        if (ListNumber)
        {
            parts.Add("after a list number");
        }

        if (Prefix is not null)
        {
            parts.Add($"after \"{Prefix}\"");
        }

        if (KickerMark is not null)
        {
            parts.Add($"after a kicker and \"{KickerMark}\"");
        }

        if (Suffix is not null)
        {
            parts.Add($"then \"{Suffix}\"");
        }

        if (TrailingParenthetical)
        {
            parts.Add("then \"(…)\"");
        }

        if (TrailingCount)
        {
            parts.Add("then a count");
        }

        if (TrailingDate)
        {
            parts.Add("then a date");
        }

        return $"({string.Join(", ", parts)})";
    }


    /// <summary>
    /// Returns the title before the date that ends a title line the way a headline's trailing date does (<see
    /// cref="TrailingDate"/>), or an empty span.
    /// </summary>
    public static ReadOnlySpan<char> TitleBeforeTrailingDate(ReadOnlySpan<char> field) =>
        DateAtEnd(field) is { Start: > 0 } date ? TitleBeforeDate(field[..date.Start]) : default;

    /// <summary>The title before a headline's trailing date: the text up to it, without the spaces and marks before it.</summary>
    private static ReadOnlySpan<char> TitleBeforeDate(ReadOnlySpan<char> head) =>
        TextRules.TrimOuterEnd(TextRules.TrimOuterEnd(head).TrimEnd(DateTailMarks));

    /// <summary>Marks that part a headline's trailing date from the title before it or the type word after it.</summary>
    private const string DateTailMarks = "|•·-–—";

    /// <summary>
    /// Finds a date that ends a headline, glued to the title or after a space or mark, perhaps followed by a type or section
    /// word (<c>… ulkosaaristossa14.10.2024 09:15:42 EEST | Tiedote</c>): where it starts in the field (0 for none), its
    /// length and its day.
    /// </summary>
    private static (int Start, int Length, Lexing.Recognizers.CalendarDate? Day) DateAtEnd(ReadOnlySpan<char> field)
    {
        if (!TokenList.TryFindDateNearEnd(field, out var start, out var length, out var day))
        {
            return default;
        }

        length += ZoneAfter(field[start..], length);
        var tail = TextRules.TrimOuterStart(TextRules.TrimOuter(field[(start + length)..]).TrimStart(DateTailMarks));
        var title = TextRules.TrimOuterEnd(field[..start]);
        return start >= MinTitleBeforeDate && title.Length > 0 && title[^1] != ',' && !SubjectWords.Contains(LastWord(title))
            && (tail.IsEmpty || IsDateTail(tail)) ? (start, length, day) : default;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> title) =>
        title.LastIndexOf(' ') is >= 0 and var space ? title[(space + 1)..] : title;

    /// <summary>Measures a time zone after the date's time (09:15:42 EEST), which is the date's; 0 for none.</summary>
    private static int ZoneAfter(ReadOnlySpan<char> date, int length)
    {
        if (date[..length].IndexOf(':') < 0 || length + 1 >= date.Length || date[length] != ' ')
        {
            return 0;
        }

        var zone = date[(length + 1)..];
        var end = zone.IndexOf(' ') is >= 0 and var space ? space : zone.Length;
        return Zones.Contains(zone[..end]) && IsCapitals(zone[..end]) ? end + 1 : 0;

        static bool IsCapitals(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Tells one or two words of letters, the first not in lower case: the release's type, the section (a lower-case word
    /// after the date is the title's own: "Bin collection on 26 December moved").
    /// </summary>
    private static bool IsDateTail(ReadOnlySpan<char> tail)
    {
        if (tail.Length > MaxDateTail || !char.IsLetter(tail[0]) || char.IsLower(tail[0]))
        {
            return false;
        }

        var spaces = 0;
        foreach (var c in tail)
        {
            spaces += c == ' ' ? 1 : 0;
            if (!char.IsLetter(c) && c != ' ')
            {
                return false;
            }
        }

        return spaces <= 1;
    }

    /// <summary>
    /// Measures a list number at a headline's start: one to three digits of any script, perhaps a period or a closing
    /// parenthesis, then a space and the title. Returns its length with the space and its value, or (0, -1).
    /// </summary>
    private static (int Length, int Value) ListNumberAt(ReadOnlySpan<char> field)
    {
        var (digits, value) = (0, 0);
        while (digits < field.Length && digits <= MaxListNumberDigits && char.IsDigit(field[digits]))
        {
            value = (value * 10) + (int)char.GetNumericValue(field[digits]);
            digits++;
        }

        var end = digits + (digits < field.Length && field[digits] is '.' or ')' ? 1 : 0);
        if (digits is 0 or > MaxListNumberDigits || end >= field.Length || !TextRules.IsOuterWhitespace(field[end]))
        {
            return (0, -1);
        }

        while (end < field.Length && TextRules.IsOuterWhitespace(field[end]))
        {
            end++;
        }

        return end < field.Length ? (end, value) : (0, -1);
    }

    /// <summary>The longest run of one to three words that at least <paramref name="needed"/> headlines start with, or <see langword="null"/>.</summary>
    private static string? CommonPrefix(TemplateInference.Sample sample, List<int> records, int headline, int needed)
    {
        // A prefix most headlines share is the prefix of one of the first records that do not hold it all.
        var best = 0;
        var from = -1;
        for (var r = 0; r < Math.Min(records.Count, records.Count - needed + 1); r++)
        {
            var field = sample.Field(records[r], headline);
            var words = 0;
            for (var end = 1; end < Math.Min(field.Length, MaxPrefixLength + 1) && words < MaxPrefixWords; end++)
            {
                // A badge ends after a space, or where it was glued to the title by a lost space ("SOMA INKURUInside …").
                var space = field[end - 1] == ' ';
                words += space ? 1 : 0;
                if (!space && !GluedAt(field, end) && !ClosesLink(field[end - 1]))
                {
                    continue;
                }

                var candidate = field[..end];
                if (end > best && IsPrefixText(TextRules.TrimOuterEnd(candidate)) && CountStarting(sample, records, headline, candidate, whole: false) >= needed)
                {
                    best = end;
                    from = records[r];
                }
            }
        }

        if (from < 0)
        {
            return null;
        }

        // The words shared must end where the titles begin: "Headline Number 3 …" and "Weekly Roundup of the …"
        // share more than a badge, so their shared words are the titles' own.
        var prefix = sample.Field(from, headline)[..best];
        var rest = sample.Field(from, headline)[best..];
        var next = rest.IndexOf(' ');
        var longer = next > 0 ? sample.Field(from, headline)[..(best + next + 1)] : [];
        // So too where they go on into the next word and the mark after it, glued to the title ("Fornos de Algodres:Title");
        // a topic word the titles share ("Reuters Ukraine …", "Reuters Ukrainian …") is theirs, and the badge stays one.
        var word = 0;
        while (word < rest.Length && char.IsLetterOrDigit(rest[word]))
        {
            word++;
        }

        var onward = word > 0 && word < rest.Length && !char.IsWhiteSpace(rest[word]) ? sample.Field(from, headline)[..(best + word + 1)] : [];
        return CountStarting(sample, records, headline, prefix, whole: true) >= needed
            && (longer.IsEmpty || CountStarting(sample, records, headline, longer, whole: false) < needed)
            && (onward.IsEmpty || CountStarting(sample, records, headline, onward, whole: false) < needed)
            ? prefix.ToString() : null;
    }

    /// <summary>
    /// Finds a badge after the title that most headlines end with (<c>Title 지면기사</c>, <c>Title VIDEO</c>): one word of
    /// letters, in capitals in a script with case, after a space, the same on <paramref name="needed"/> headlines or
    /// more, with a title before it whose last words differ. Titles end in their own words, but a page's titles may share
    /// a name (<c>… across Paris</c>, <c>… for Paris</c>), so a capitalized word is theirs; shared words that run on
    /// from the title (<c>… this week</c>) are theirs too. Returns the badge with its space, or null.
    /// </summary>
    private static string? CommonSuffix(TemplateInference.Sample sample, List<int> records, int headline, int needed)
    {
        for (var r = 0; r < records.Count - needed + 1; r++)
        {
            var field = sample.Field(records[r], headline);
            var space = field.LastIndexOf(' ');
            var word = space > 0 ? field[(space + 1)..] : [];
            if (word.Length < 2 || word.Length > MaxPrefixLength || !IsBadgeWord(word))
            {
                continue;
            }

            var badge = field[space..];
            var before = field[..space].LastIndexOf(' ') is > 0 and var previous ? field[previous..] : [];
            if (Ending(sample, records, headline, badge) >= needed && (before.IsEmpty || Ending(sample, records, headline, before) < needed))
            {
                return badge.ToString();
            }
        }

        return null;

        static int Ending(TemplateInference.Sample sample, List<int> records, int headline, ReadOnlySpan<char> end)
        {
            var count = 0;
            foreach (var first in records)
            {
                var other = sample.Field(first, headline);
                count += other.Length > end.Length && other.EndsWith(end, StringComparison.Ordinal) ? 1 : 0;
            }

            return count;
        }

        // Letters (and the marks of scripts that write vowels with them), none in lower case, and not one capital alone.
        static bool IsBadgeWord(ReadOnlySpan<char> word)
        {
            var upper = 0;
            foreach (var c in word)
            {
                if ((!char.IsLetter(c) && !Lexing.Recognizers.Words.IsMark(c)) || char.IsLower(c))
                {
                    return false;
                }

                upper += char.IsUpper(c) ? 1 : 0;
            }

            return upper != 1;
        }
    }

    /// <summary>Tells whether a word was glued to the one before it at <paramref name="at"/>: capitals, then a capital and a lower-case letter (<c>INKURUInside</c>).</summary>
    private static bool GluedAt(ReadOnlySpan<char> field, int at) =>
        at >= 2 && at + 1 < field.Length && char.IsUpper(field[at - 2]) && char.IsUpper(field[at - 1]) && char.IsUpper(field[at]) && char.IsLower(field[at + 1]);

    /// <summary>Returns the mark that parts a kicker from the title in at least <paramref name="needed"/> headlines, or <see langword="null"/>.</summary>
    private static string? SharedKickerMark(TemplateInference.Sample sample, List<int> records, int headline, int needed)
    {
        foreach (var mark in KickerMarks)
        {
            var count = 0;
            foreach (var first in records)
            {
                count += KickerEnd(sample.Field(first, headline), mark) > 0 ? 1 : 0;
            }

            if (count >= needed)
            {
                return mark;
            }
        }

        return null;
    }

    /// <summary>Returns where a kicker ends before the first <paramref name="mark"/> of a headline (a title follows it), or 0.</summary>
    private static int KickerEnd(ReadOnlySpan<char> field, string mark)
    {
        var at = field.IndexOf(mark.AsSpan(), StringComparison.Ordinal);
        return at > 0 && at <= MaxKickerLength && !TextRules.TrimOuterEnd(field[..at]).IsEmpty
            && TextRules.TrimOuterStart(field[(at + mark.Length)..]).Length >= MinTitleAfterKicker ? at : 0;
    }

    /// <summary>
    /// The symbol and space that at least <paramref name="needed"/> headlines start with (<c>❝ Title</c>, <c>▶ Title</c>,
    /// an emoji), or <see langword="null"/>: a page's own bullet, which no list of bullet glyphs holds.
    /// </summary>
    private static string? GlyphPrefix(TemplateInference.Sample sample, List<int> records, int headline, int needed)
    {
        for (var r = 0; r < records.Count - needed + 1; r++)
        {
            var field = sample.Field(records[r], headline);
            var glyph = GlyphLength(field);
            if (glyph > 0 && field.Length > glyph + 1 && field[glyph] == ' ' && CountStarting(sample, records, headline, field[..(glyph + 1)], whole: true) >= needed)
            {
                return field[..(glyph + 1)].ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// Measures a counter at a headline's end (a comment count), or returns 0: digits glued to its last letter or closing
    /// punctuation by a lost space (<c>Football Fever0</c>), or after a space, bare or in parentheses (<c>Title (3)</c>,
    /// <c>Title 3</c>). One headline may end so (<c>Web3</c>, <c>Windows 11</c>); three in four of a page's do not by chance.
    /// </summary>
    private static int GluedCount(ReadOnlySpan<char> field)
    {
        var end = field.Length;
        var parenthesized = end > 2 && field[end - 1] == ')';
        end -= parenthesized ? 1 : 0;
        var digits = 0;
        while (digits < end && digits <= MaxCountDigits && char.IsDigit(field[end - 1 - digits]))
        {
            digits++;
        }

        var before = end - 1 - digits;
        if (digits is 0 or > MaxCountDigits || before <= 0)
        {
            return 0;
        }

        if (parenthesized)
        {
            return field[before] == '(' && before > 1 && field[before - 1] == ' ' ? field.Length - before + 1 : 0;
        }

        // After a space, a year ("… 3 May 2023") is the title's own: a count has three digits at most.
        return field[before] == ' ' && before > 0 && !char.IsDigit(field[before - 1]) ? (digits <= MaxSpacedCountDigits ? digits + 1 : 0)
            : char.IsLower(field[before]) || field[before] is '?' or '!' or '"' or '”' or '’' or ')' ? digits : 0;
    }

    /// <summary>Reads the number that ends a field (inside a closing parenthesis, if any), or -1 where it has more digits than a count.</summary>
    private static int TrailingNumber(ReadOnlySpan<char> field)
    {
        var end = field.Length - (field[^1] == ')' ? 1 : 0);
        int start = end, value = 0, scale = 1;
        while (start > 0 && end - start < MaxCountDigits && field[start - 1] is >= '0' and <= '9')
        {
            start--;
            value += (field[start] - '0') * scale;
            scale *= 10;
        }

        return start < end && (start == 0 || field[start - 1] is < '0' or > '9') ? value : -1;
    }

    /// <summary>
    /// Follows the numbers at the ends of a page's headlines: whether they all rise, or all fall, by one or two from one
    /// to the next (a series' parts and weeks; comment counts that grow down a blog, 0, 2, 5, 9, 14, leap).
    /// </summary>
    private struct Series
    {
        private const int MinNumbers = 3;
        private const int MaxStep = 2;
        private int _last;
        private int _count;
        private int _direction;
        private bool _broken;

        /// <summary>Gets a value indicating whether three numbers or more were added and each rose, or each fell, by one or two from the one before.</summary>
        public readonly bool Runs => _count >= MinNumbers && !_broken;

        public void Add(int number)
        {
            var direction = Math.Sign(number - _last);
            _broken |= number < 0 || (_count > 0 && (direction == 0 || Math.Abs(number - _last) > MaxStep || (_direction != 0 && direction != _direction)));
            _direction = _count > 0 ? direction : 0;
            _last = number;
            _count++;
        }
    }

    /// <summary>Measures a symbol at the start of a text (one character, or a surrogate pair), or returns 0.</summary>
    private static int GlyphLength(ReadOnlySpan<char> text)
    {
        var length = text.Length >= 2 && char.IsSurrogatePair(text[0], text[1]) ? 2 : 1;
        if (text.Length <= length)
        {
            return 0;
        }

        var category = length == 2 ? CharUnicodeInfo.GetUnicodeCategory(text[..2].ToString(), 0) : CharUnicodeInfo.GetUnicodeCategory(text[0]);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol ? length : 0;
    }

    /// <summary>Counts the headlines that start with <paramref name="prefix"/> and go on; with <paramref name="whole"/>, with a title's first letter (<see cref="FollowsPrefix"/>).</summary>
    private static int CountStarting(TemplateInference.Sample sample, List<int> records, int headline, ReadOnlySpan<char> prefix, bool whole)
    {
        var count = 0;
        foreach (var first in records)
        {
            var field = sample.Field(first, headline);
            count += field.Length > prefix.Length && field.StartsWith(prefix, StringComparison.Ordinal) && (!whole || FollowsPrefix(prefix, field[prefix.Length])) ? 1 : 0;
        }

        return count;
    }

    /// <summary>A badge or a source name: letters, digits, dots and single spaces, no punctuation that would make it a kicker (<c>Opinion: </c>, <c>Editorial | </c>), and no article.</summary>
    private static bool IsPrefixText(ReadOnlySpan<char> prefix)
    {
        // A link's words closed by its mark ("Li plis »", "Weiter ›") glued before most titles: the previous entry's
        // read-more link, in whatever language, however short its first word.
        var link = prefix.Length > 1 && ClosesLink(prefix[^1]);
        prefix = link ? TextRules.TrimOuterEnd(prefix[..^1]) : prefix;
        if (prefix.IsEmpty)
        {
            return false;
        }

        foreach (var c in prefix)
        {
            if (!(char.IsLetterOrDigit(c) || c == ' ' || c == '.' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }

        // In a cased script a short first word is an article or a preposition ("The ", "La ", "Der "), not a badge.
        var firstWord = prefix.IndexOf(' ') is >= 0 and var space ? space : prefix.Length;
        return char.IsLetter(prefix[0]) && (link || !IsCased(prefix) || firstWord >= 4);
    }

    /// <summary>Tells whether a character closes a link's text: a right-pointing quotation mark or arrow (<c>Read more »</c>).</summary>
    private static bool ClosesLink(char c) => c is '»' or '›' or '→' or '>';

    /// <summary>
    /// What follows a badge: a title's first letter, which after a badge in a cased script is no lower-case letter
    /// ("How to make …" is a title), and never a digit ("Episode 12: …", "Headline number 3" number titles); after a glyph
    /// or a link's closing mark, anything but a space.
    /// </summary>
    private static bool FollowsPrefix(ReadOnlySpan<char> prefix, char next) =>
        GlyphLength(prefix) > 0 || ClosesLink(TextRules.TrimOuterEnd(prefix)[^1]) ? !TextRules.IsOuterWhitespace(next)
        : char.IsLetter(next) && !(IsCased(prefix) && char.IsLower(next));

    private static bool IsCased(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c) || char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text inside a trailing <c> (…)</c> of a headline, or empty when it ends otherwise.</summary>
    internal static ReadOnlySpan<char> Parenthetical(ReadOnlySpan<char> field)
    {
        if (field.Length < 4 || field[^1] != ')')
        {
            return [];
        }

        var open = field.LastIndexOf('(');
        if (open < 2 || field[open - 1] != ' ')
        {
            return [];
        }

        var inner = field[(open + 1)..^1];
        return inner.Length is >= 2 and <= MaxParenthetical && inner.IndexOfAny('(', ')') < 0 && !TextRules.TrimOuter(inner).IsEmpty ? inner : [];
    }

    /// <summary>A person or a desk: up to four words of letters (with hyphens, apostrophes and initials' dots) starting with no lower-case letter, no digits, no domain ("(pdf)" is a format).</summary>
    private static bool IsName(ReadOnlySpan<char> inner)
    {
        var words = 1;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == ' ')
            {
                words++;
            }
            else if (c == '.' && i + 1 < inner.Length && inner[i + 1] != ' ')
            {
                return false; // a domain (github.com), not an initial
            }
            else if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return words <= MaxNameWords && char.IsLetter(inner[0]) && !char.IsLower(inner[0]);
    }
}
