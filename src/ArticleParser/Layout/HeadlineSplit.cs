using System.Globalization;
using ArticleParser.Compat;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// The mark that parts a headline from its teaser where a page gives each entry one line: a colon or a dash after a
/// short title (<c>Pool season delayed: The city's two public pools will open a week later …</c>,
/// <c>Enough Is a Number – How much do we actually need …</c>), a title in capitals before a sentence
/// (<c>TERRASSEN MOGEN LANGER OPEN Horecazaken in de regio …</c>), a bracketed source between them
/// (<c>Headline [Weekly Journal] The council …</c>), its date (<c>Headline 13 Şubat 2026 Cuma - 15:01:03 Teaser…</c>,
/// which becomes the entry's date), or nothing at all where HTML-to-text glued the two
/// (<c>Nebbia fitta in pianura, rallentamenti su A4Visibilità sotto i 50 metri …</c>).
/// </summary>
/// <remarks>
/// One line cannot tell a title from the first words of a sentence; the page can. A template of one-line records
/// splits when three of its records in four, five at least, hold the same kind of mark after a title (at most fifteen
/// words that end no sentence; a single word without digits, or two words with letters) and before a text that starts
/// as a sentence does; a line it does not part is no record of the page. The first such mark on a line parts it. A
/// source printed between two equal marks (<c>Title – Weekly Ledger – How much …</c>) or in parentheses after the
/// teaser, on three records in four, goes to no field. Where the glue parts off a kicker's few words instead, and the
/// text after it is a title in sentence case that runs into its teaser's first sentence on three records in four
/// (<c>Novi zamahInflacija i rad … organiziranja Sindikati nastaju …</c>), the kicker is the entry's label and the title
/// ends where that sentence starts. A title joined to its teaser by a plain space alone is not parted: a capital after
/// a space tells a name as often as a sentence's start.
/// </remarks>
internal sealed record HeadlineSplit(SplitMark Mark, string Separator = "", bool Source = false, bool Middle = false, bool Tagged = false, bool Kicker = false)
{
    private const int MinRecords = 5;
    private const int MaxHeadlineWords = 15;
    private const int MaxHeadlineLength = 120;
    private const int MinTeaserLength = 40;
    private const int MinGluedTeaserLength = 20;
    private const int MaxMiddleWords = 5;
    private const int MaxTagWords = 3;
    private const int MaxTagLength = 32;
    private const int MaxKickerWords = 4;
    private const int MaxKickerLength = 32;

    /// <summary>Words a speaker's name before a colon runs to at most (<c>Q</c>, <c>A. Vaitkevičius</c>).</summary>
    private const int MaxSpeakerWords = 2;

    private static readonly string[] Separators = [": ", " – ", " — ", " - ", ".- "];

    private static readonly HeadlineSplit[] Marks =
        [.. Separators.Select(separator => new HeadlineSplit(SplitMark.Separator, separator)),
         new(SplitMark.Bracket), new(SplitMark.Date), new(SplitMark.Capitals), new(SplitMark.Glued)];

    /// <summary>
    /// Finds the mark that parts the lines of <paramref name="records"/> (sample lines where records start), or <see
    /// langword="null"/>. Lines that read as titles (not <paramref name="prose"/>) part only where a place marks it:
    /// "Venezuela: Failed Dialogue, Foreign Threats" is one title.
    /// </summary>
    public static HeadlineSplit? Find(TemplateInference.Sample sample, List<int> records, int slot, bool prose)
    {
        if (records.Count < MinRecords)
        {
            return null;
        }

        // The mark that parts the most records, three in four at least of those from the first it parts to the last
        // (lines above and below them are the page's header and footer); a line it does not part is no record of the page.
        var (best, parted) = ((HeadlineSplit?)null, 0);
        foreach (var mark in Marks)
        {
            if (!prose && mark.Mark is SplitMark.Separator or SplitMark.Bracket)
            {
                continue;
            }

            var (count, first, last) = (0, -1, -1);
            for (var r = 0; r < records.Count; r++)
            {
                if (mark.At(sample.Tokens, sample.Lines[records[r] + slot]).Title > 0)
                {
                    (count, first, last) = (count + 1, first < 0 ? r : first, r);
                }
            }

            if (count > parted && count >= Math.Max(MinRecords, TemplateInference.Sample.MostOf(last - first + 1)))
            {
                (best, parted) = (mark, count);
            }
        }

        if (best is null || FewTitles(sample, records, slot, best))
        {
            return null;
        }

        var (sources, middles, tags, kickers) = (0, 0, 0, 0);
        foreach (var first in records)
        {
            var field = sample.Field(first, slot);
            if (best.At(sample.Tokens, sample.Lines[first + slot]) is (_, > 0, var start))
            {
                sources += HeadlineAffixes.Parenthetical(field[start..]) is { Length: > 0 } ? 1 : 0;
                middles += best.MiddleEnd(field[start..]) > 0 ? 1 : 0;
                tags += start == field.Length ? 1 : 0;
                kickers += best.Mark == SplitMark.Glued && KickerTitleEnd(field[..start], field[start..]) > 0 ? 1 : 0;
            }
        }

        // Where the part before the glue is a kicker's few words and the text after it a title in sentence case running into
        // a sentence, the part glued before it is each record's kicker (`Novi zamahInflacija i rad … organiziranja Sindikati nastaju …`).
        var most = TemplateInference.Sample.MostOf(parted);
        return best with { Source = sources >= most, Middle = middles >= most, Tagged = tags >= most, Kicker = kickers >= most };
    }

    /// <summary>
    /// Tells whether the titles the mark parts off repeat as speakers do in an interview or a chat (<c>A. Vaitkevičius: …</c>,
    /// <c>Q: …</c>): the headlines of a listing differ. Names of one or two words that repeat at all, or any titles that take
    /// half as many texts as lines or fewer, are no listing's.
    /// </summary>
    private static bool FewTitles(TemplateInference.Sample sample, List<int> records, int slot, HeadlineSplit mark)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var (parted, shortTitles) = (0, 0);
        foreach (var first in records)
        {
            if (mark.At(sample.Tokens, sample.Lines[first + slot]) is (var head, > 0 and var end, _))
            {
                var title = TextRules.TrimOuter(sample.Field(first, slot)[head..end]);
                parted++;
                shortTitles += LetterWords(title) <= MaxSpeakerWords ? 1 : 0;
                titles.Add(title.ToString());
            }
        }

        return titles.Count * 2 <= parted || (titles.Count < parted && shortTitles == parted);
    }

    /// <summary>Tells whether the mark parts a line: a one-line record it does not part is no record of the page.</summary>
    public bool Parts(TokenList tokens, int index) => At(tokens, index).Title > 0;

    /// <summary>
    /// Parts a record's line: its field shrinks to the headline, and the teaser's range goes into the meta table, where
    /// the builder reads it (and the date's, where the date is the mark). A line the mark does not part is no record (<see cref="Parts"/>).
    /// </summary>
    public void Apply(TokenList tokens, int index)
    {
        var (head, title, start) = At(tokens, index);
        if (title <= 0)
        {
            return;
        }

        ref var token = ref tokens[index];
        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        if (head > 0)
        {
            // The date opens the line: the headline runs from past it to the line's end, with no teaser.
            token.Meta = tokens.AddMeta(tokens.MetaOf(token) with { InText = false });
            token.FieldStart += head;
            token.FieldLength = TextRules.TrimOuterEnd(field[head..]).Length;
            token.Glued = GluedKind.Affix;
            return;
        }

        var rest = field[start..];
        // A date that parts the line, or ends its title directly before the mark, is the entry's; another one among a
        // headline's words is not.
        var meta = tokens.MetaOf(token) is var part && (!part.InText || Mark == SplitMark.Date || EndsTitle(part, token.FieldStart, title, start))
            ? part with { InText = false } : MetaPart.None;
        if (Kicker && KickerTitleEnd(field[..title], rest) is > 0 and var sentence)
        {
            // The kicker glued before the title is the entry's label; the title runs up to the sentence that starts the teaser.
            meta = meta with { LabelStart = token.FieldStart, LabelLength = TextRules.TrimOuterEnd(field[..title]).Length };
            token.FieldStart += start;
            field = rest;
            (title, start) = (sentence, sentence);
            rest = rest[sentence..];
        }

        token.FieldLength = TextRules.TrimOuterEnd(field[..title]).Length;
        token.Glued = GluedKind.Affix;
        if (rest.IsEmpty)
        {
            token.Meta = tokens.AddMeta(meta); // a date before a short tag (a rubric): the tag stays in the entry's span, in no field
            return;
        }

        if (Middle && MiddleEnd(rest) is > 0 and var middle)
        {
            start += middle; // the source stays in the entry's span, in no field
            rest = rest[middle..];
        }

        if (Source && HeadlineAffixes.Parenthetical(rest) is { Length: > 0 } source)
        {
            rest = rest[..(rest.Length - source.Length - 2)]; // the source stays in the entry's span, in no field
        }

        var teaser = TextRules.TrimOuter(rest);
        var teaserStart = token.FieldStart + start + (rest.Length - TextRules.TrimOuterStart(rest).Length);
        token.Meta = tokens.AddMeta(meta with { TeaserStart = teaserStart, TeaserLength = teaser.Length });
    }

    /// <summary>Writes the split for the template's readable form: <c>headline ": " teaser</c>.</summary>
    public string Describe()
    {
        var mark = Mark switch
        {
            SplitMark.Separator => $"\"{Separator.Trim()}\"",
            SplitMark.Bracket => "\"[…]\"",
            SplitMark.Date => "date",
            SplitMark.Capitals => "(capitals end)",
            _ => "(glued)",
        };
        mark = Kicker ? "(after a glued kicker) (sentence start)" : mark;
        var middle = Middle ? $" (source) {mark}" : "";
        return Tagged ? $"{mark} (tag)" : Source ? $"{mark}{middle} teaser (then \"(…)\")" : $"{mark}{middle} teaser";
    }

    /// <summary>
    /// Returns where this mark parts a line's field: the title's start (0 but after a date that opens the line), the
    /// title's end and the text's start, or (0, -1, -1). After a date the text may be a short tag instead (<c>Headline
    /// 22.01.2018 Culture</c>): the text then starts at the field's end. A date may open the line instead, a dash or colon
    /// after it (<c>12/05/2024 – La ville lance son budget participatif</c>): the title is the rest, and there is no text.
    /// </summary>
    private (int Head, int Title, int Teaser) At(TokenList tokens, int index)
    {
        ref var token = ref tokens[index];
        if (token.Kind != LineKind.Text || token.Glued is not (GluedKind.None or GluedKind.Affix))
        {
            return (0, -1, -1);
        }

        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        var date = Mark == SplitMark.Date && tokens.HasDateInside(index, amongFirstWords: true) ? tokens.MetaOf(token) : (MetaPart?)null;
        if (date is { } opening && opening.DateStart == token.FieldStart && AfterSeparator(field, opening.DateLength) is var head && head > opening.DateLength)
        {
            head += field.Length - head - TextRules.TrimOuterStart(field[head..]).Length;
            var rest = TextRules.TrimOuter(field[head..]);
            return rest.Length is > 0 and <= MaxHeadlineLength && ReadsAsTitle(rest) ? (head, field.Length, field.Length) : (0, -1, -1);
        }

        var (title, teaser) = Mark switch
        {
            SplitMark.Date => date is { } inside
                ? (inside.DateStart - token.FieldStart, AfterSeparator(field, inside.DateStart + inside.DateLength - token.FieldStart)) : (-1, -1),
            SplitMark.Separator => field.IndexOf(Separator.AsSpan(), StringComparison.Ordinal) is var at and > 0 ? (at, at + Separator.Length) : (-1, -1),
            SplitMark.Bracket => BracketAt(field),
            SplitMark.Capitals => CapitalsEnd(field) is > 0 and var end ? (end, end) : (-1, -1),
            _ => GlueAt(field) is > 0 and var glue ? (glue, glue) : (-1, -1),
        };

        if (Mark != SplitMark.Date && title > 0 && DateEndingTitle(tokens, index, field, title) is > 0 and var dated)
        {
            title = dated; // the date that ends the title, directly before the mark, is the entry's
        }

        if (title <= 0 || title > MaxHeadlineLength || !ReadsAsTitle(TextRules.TrimOuter(field[..title])))
        {
            return (0, -1, -1);
        }

        return ReadsAsTeaser(TextRules.TrimOuter(field[..title]), TextRules.TrimOuter(field[teaser..])) ? (0, title, teaser)
            : Mark == SplitMark.Date && IsTag(TextRules.TrimOuter(field[teaser..])) ? (0, title, field.Length) : (0, -1, -1);
    }

    /// <summary>
    /// Returns where a date starts that HTML-to-text conversion glued to the title's last word, directly before the mark
    /// (<c>…second thoughtsMar 8, 2011 11:00 pm - …</c>), or -1.
    /// </summary>
    private static int DateEndingTitle(TokenList tokens, int index, ReadOnlySpan<char> field, int title)
    {
        if (!tokens.HasDateInside(index, amongFirstWords: true))
        {
            return -1;
        }

        // Only a date glued to the title's last word: "Remembering September 11, 2001 - …" is a title that names a day.
        var date = tokens.MetaOf(tokens[index]);
        var start = date.DateStart - tokens[index].FieldStart;
        return start > 0 && !TextRules.IsOuterWhitespace(field[start - 1]) && start + date.DateLength == TextRules.TrimOuterEnd(field[..title]).Length ? start : -1;
    }

    /// <summary>Tells whether a date among the words was cut off the title's end: it runs from the title's end up to the mark.</summary>
    private static bool EndsTitle(in MetaPart date, int fieldStart, int title, int teaser) =>
        date.DateStart - fieldStart == title && date.DateStart + date.DateLength - fieldStart <= teaser;

    /// <summary>Returns where the text after a date starts: past a dash or colon that parts the two (<c>Mar 8, 2011 - Every …</c>).</summary>
    private static int AfterSeparator(ReadOnlySpan<char> field, int end)
    {
        foreach (var separator in Separators)
        {
            if (field[end..].StartsWith(separator.AsSpan(), StringComparison.Ordinal))
            {
                return end + separator.Length;
            }
        }

        return end;
    }

    /// <summary>
    /// Tells whether the text before the mark reads as a headline: it ends no sentence, and it is two words with letters
    /// or one without digits. Where a mark is no word (a date, a bracket), a headline may run past fifteen words.
    /// </summary>
    private bool ReadsAsTitle(ReadOnlySpan<char> title)
    {
        var words = 1;
        foreach (var c in title)
        {
            words += c == ' ' ? 1 : 0;
        }

        return title.Length > 0 && (words <= MaxHeadlineWords || Mark is SplitMark.Date or SplitMark.Bracket)
            && (title[^1] is not ('.' or '…') || Cut(title)) && title.IndexOf(". ".AsSpan(), StringComparison.Ordinal) < 0 && StartsTitle(title[0])
            && (LetterWords(title) >= 2 || !SpanText.HasDigit(title));
    }

    /// <summary>Tells whether a title ends cut short (<c>… then Lake Street ...</c>): a cut title is still a title.</summary>
    private static bool Cut(ReadOnlySpan<char> title) => TextRules.EndsWithTruncationMarker(title);

    /// <summary>Tells whether the text after the mark reads as a teaser: it starts as a sentence, and runs longer than the title.</summary>
    private bool ReadsAsTeaser(ReadOnlySpan<char> title, ReadOnlySpan<char> teaser)
    {
        // A mark that is only a place (glued, or where capitals end) needs no longer teaser than title, as a sub-headline is short.
        var minimum = Mark is SplitMark.Glued or SplitMark.Capitals ? MinGluedTeaserLength : Math.Max(MinTeaserLength, title.Length);
        return teaser.Length >= minimum && StartsSentence(teaser[0]);
    }

    /// <summary>Tells whether a text is a short tag (a rubric, a category: <c>Култура</c>): a few words that end no sentence.</summary>
    private static bool IsTag(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= MaxTagLength && LetterWords(text) is > 0 and <= MaxTagWords
        && text[^1] is not ('.' or '?' or '!' or '…');

    /// <summary>Returns where a source between two of this mark ends (<c>Weekly Ledger – </c> before the teaser), or -1.</summary>
    private int MiddleEnd(ReadOnlySpan<char> rest)
    {
        if (Mark != SplitMark.Separator || rest.IndexOf(Separator.AsSpan(), StringComparison.Ordinal) is not (> 0 and var at))
        {
            return -1;
        }

        var source = TextRules.TrimOuter(rest[..at]);
        var words = 1;
        foreach (var c in source)
        {
            words += c == ' ' ? 1 : 0;
        }

        var teaser = TextRules.TrimOuter(rest[(at + Separator.Length)..]);
        return words <= MaxMiddleWords && source.IndexOfAny('.', '?', '!') < 0 && teaser.Length >= MinTeaserLength && StartsSentence(teaser[0])
            ? at + Separator.Length : -1;
    }

    /// <summary>Finds a bracketed source between spaces (<c>Title [Weekly Journal] Text</c>): the title's end and the text's start.</summary>
    private static (int Title, int Teaser) BracketAt(ReadOnlySpan<char> field)
    {
        var open = field.IndexOf(" [".AsSpan(), StringComparison.Ordinal);
        var close = open > 0 ? field[open..].IndexOf("] ".AsSpan(), StringComparison.Ordinal) : -1;
        return close > 2 && close <= 40 ? (open, open + close + 2) : (-1, -1);
    }

    /// <summary>Finds where a title in capitals, two words with letters at least, ends before a word of a sentence, or -1.</summary>
    private static int CapitalsEnd(ReadOnlySpan<char> field)
    {
        var (end, letterWords) = (-1, 0);
        for (var i = 0; i < field.Length;)
        {
            var space = field[i..].IndexOf(' ');
            var word = space < 0 ? field[i..] : field[i..(i + space)];
            if (SpanText.HasLower(word))
            {
                return letterWords >= 2 && char.IsUpper(word[0]) ? end : -1;
            }

            letterWords += SpanText.HasLetter(word) ? 1 : 0;
            end = i + word.Length;
            i = space < 0 ? field.Length : i + space + 1;
        }

        return -1;
    }

    /// <summary>
    /// Returns where the title after a kicker glued before it ends, or -1: the kicker runs four words at most, 32 characters
    /// at most and shorter than the title, which runs into its teaser's first sentence (<see cref="SentenceStart"/>). A
    /// longer part is the headline itself, glued to its teaser (<c>Village hall reopens after roof repairsVolunteers spent …</c>).
    /// </summary>
    private static int KickerTitleEnd(ReadOnlySpan<char> head, ReadOnlySpan<char> rest) =>
        LetterWords(head) <= MaxKickerWords && head.Length <= MaxKickerLength && SentenceStart(rest) is > 0 and var title && head.Length < title ? title : -1;

    /// <summary>
    /// Finds where a title in sentence case runs into its text's first sentence, or -1: the first capitalized word
    /// (<c>Läsarna</c> in <c>Bokmässans publikpris till två debutanter Läsarna har sagt sitt.</c>) after three words at
    /// least that end no sentence and hold one name at most (a place, a person: a title in title case holds more), and
    /// before three words at least of the same sentence. It follows a word of four letters or more or a number: a
    /// capitalized word after a short word starts a name the title holds (<c>i Göteborg</c>, <c>to Hebden Bridge</c>),
    /// and one after a name continues it unless a lower-case word follows (<c>… Hebden Bridge The council …</c>).
    /// </summary>
    private static int SentenceStart(ReadOnlySpan<char> field)
    {
        var (names, afterName) = (0, false);
        var previous = ReadOnlySpan<char>.Empty;
        var (k, i) = (0, 0);
        for (; i < field.Length && k <= MaxHeadlineWords; k++)
        {
            var space = field[i..].IndexOf(' ');
            var word = space < 0 ? field[i..] : field[i..(i + space)];
            var capital = k > 0 && IsCapitalized(word);
            if (capital && k >= 3 && names <= 1 && SentenceWords(field[i..]) >= 3
                && (afterName ? NextIsLower(field[(i + word.Length)..]) : EndsTitleWord(previous)))
            {
                return i;
            }

            names += capital && !afterName ? 1 : 0;
            afterName = capital;
            if (word.Length > 0 && word[^1] is '.' or '!' or '?' && !IsNumber(word[..^1]))
            {
                return -1;
            }

            previous = word;
            i = space < 0 ? field.Length : i + space + 1;
        }

        return -1;
    }

    private static bool NextIsLower(ReadOnlySpan<char> rest)
    {
        var next = rest.TrimStart(' ');
        return next.Length > 0 && char.IsLower(next[0]);
    }

    private static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    private static bool EndsTitleWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLetterOrDigit(word[^1]) && (word.Length >= 4 || IsNumber(word));

    /// <summary>Counts the sentence's words up to three, which is all the rule asks.</summary>
    private static int SentenceWords(ReadOnlySpan<char> text)
    {
        var words = 1;
        for (var i = 0; i < text.Length && words < 3 && text[i] is not ('.' or '!' or '?'); i++)
        {
            words += text[i] == ' ' ? 1 : 0;
        }

        return words;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// Finds the first lower-case letter, digit, question or exclamation mark glued to a capital, after the title's first
    /// word (<c>…su A4Visibilità</c>, <c>Nedjelja nije za rad?Radnici …</c>), or -1.
    /// </summary>
    private static int GlueAt(ReadOnlySpan<char> field)
    {
        var space = field.IndexOf(' ');
        for (var i = Math.Max(space, 1); space > 0 && i < field.Length; i++)
        {
            if (char.IsUpper(field[i]) && (char.IsLower(field[i - 1]) || char.IsDigit(field[i - 1]) || field[i - 1] is '?' or '!'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Counts the words that hold a letter: a title of one word holds no digit ("June 14: …" dates a timeline's line, "Budget: …" is a title).</summary>
    private static int LetterWords(ReadOnlySpan<char> title)
    {
        var (count, letter) = (0, false);
        foreach (var c in title)
        {
            if (c == ' ')
            {
                (count, letter) = (count + (letter ? 1 : 0), false);
            }

            letter |= char.IsLetter(c);
        }

        return count + (letter ? 1 : 0);
    }

    /// <summary>A teaser starts as a sentence does: with a capital, a letter of a script without case, or an opening quote (a definition starts lower-case, a time with a digit).</summary>
    private static bool StartsSentence(char c) =>
        (char.IsLetter(c) && !char.IsLower(c)) || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation || c is '"' or '¿' or '¡';

    private static bool StartsTitle(char c) =>
        char.IsLetterOrDigit(c) || c is '"' or '\'' || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.OpenPunctuation;
}

/// <summary>What parts a one-line record's headline from its teaser (<see cref="HeadlineSplit"/>).</summary>
internal enum SplitMark
{
    /// <summary>A colon or a dash between the two.</summary>
    Separator,

    /// <summary>A bracketed source between the two.</summary>
    Bracket,

    /// <summary>The entry's date between the two.</summary>
    Date,

    /// <summary>The end of a title written in capitals.</summary>
    Capitals,

    /// <summary>Nothing: a lower-case letter, digit, question or exclamation mark glued to the teaser's capital.</summary>
    Glued,
}
