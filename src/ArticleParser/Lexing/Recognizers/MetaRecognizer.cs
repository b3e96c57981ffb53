using ArticleParser.Compat;

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Describes what a metadata line holds: a byline, a date, both, or other per-entry facts
/// ("Source: …", "12 min read"). Ranges are relative to the line's trimmed text.
/// </summary>
internal readonly record struct MetaMatch(Range? Byline, Range? Date, CalendarDate? Day)
{
    /// <summary>Gets the date's calendar day, unless only the page can tell its order of day and month (<see cref="NumericOrder.Either"/>).</summary>
    public CalendarDate? ParsedDate => Day is { Order: NumericOrder.Either } ? null : Day;

    /// <summary>Gets a numeric date of either order, read day first, for the page to decide (<see cref="NumericOrder.Either"/>).</summary>
    public CalendarDate? EitherOrder => Day is { Order: NumericOrder.Either } ? Day : null;
}

/// <summary>
/// Recognizes byline and date lines: <c>Name | May 26, 2023</c>, <c>Name, May 26, 2023</c>,
/// <c>Written by Name Thursday, 25 August 2016</c>, <c>12 Mar 2019</c>, <c>• 3 mars 2023 - 10:15</c>,
/// <c>By Name</c>, <c>Published: Aug 2, 2017</c>, <c>Length: 21 minutes</c>, <c>15 min read</c>.
/// </summary>
internal static class MetaRecognizer
{
    /// <summary>Lines longer than this are prose, never metadata; it also bounds the work per line.</summary>
    public const int MaxLength = 140;

    private const int MaxNameWords = 6;

    /// <summary>Capitalized words a name holds at most where no "By" word introduces it.</summary>
    private const int MaxBareNameWords = 4;

    private const int MaxNameLength = 40;

    private const int MaxLabelLength = 48;

    /// <summary>Words a label after a date holds at most (<c>14.02.2021 14:30 | World</c>).</summary>
    private const int MaxLabelWords = 3;

    // A source's name before a bare numeric date ("Radio 021 14.03.2025"): at most three words, a short line.
    private const int MaxSourceWords = 3;

    private const int MaxSourceLineLength = 40;

    private static readonly CharSet NumericDateSeparators = new("./-");

    private static readonly CharSet Delimiters = new("|,–—-•·/");

    private static readonly CharSet SegmentMarks = new("|·•");

    private static readonly CharSet NumericDateMarks = new("-./年년月월");

    // The words of which every date that is not numeric holds one.
    private static readonly WordSet DateWords = new(DateVocabulary.Months.Keys.Concat(DateVocabulary.Today.Words).Concat(DateVocabulary.RelativeUnits.Words));

    internal static readonly WordSet ByWords = Set(
        "by von par por di door from autor author auteur autore autora written posted geschrieben écrit escrito scritto "
        + "بقلم تحریر نوشته توسط מאת פֿון автор автора oleh skrevet napisał napisała");

    // Blogger's "Posted by" in other languages: the verb opens a byline only with its by-word after it ("Eingestellt von",
    // "Publié par", "Pubblicato da"), never alone ("Eingestellt: Nachtzug Wien Paris" is a headline).
    private static readonly WordSet PostingVerbs = Set("posted eingestellt publié publicado postado pubblicato geplaatst");

    // The word after a posting verb that names the sections a post is filed in ("Posted in", "Publié dans", "Geplaatst in").
    private static readonly WordSet SectionWords = Set("in under dans en em unter im onder");

    // Sections a post is filed in that a posting line names at most, and the words of a user's handle after its by-word.
    private const int MaxSectionWords = 8;

    private const int MaxHandleWords = 3;

    // By-words that count only after a word that names the piece, at the end of a headline ("– L’édito de Name").
    private static readonly WordSet PieceByWords = Set("de da");

    // By-words that count only after a posting verb: "da" alone starts too many other phrases.
    private static readonly WordSet PostingByWords = Set("da");

    // The by-words that may lose their space before the name ("PorMarta Olivares", "ByJohn Smith"): the others start
    // names and brands of their own when glued to a capitalized word ("DiCaprio", "DoorDash", "FromSoftware", "VonDutch").
    private static readonly WordSet GluedByWords = Set("by por par autor author");

    // Capitalized function words: "By The Numbers" and "From Pandemic To Recovery" are headlines, not names.
    internal static readonly WordSet NotNames = Set(
        "the a an any all our your his her their this that these those its what how why when where who which of to for "
        + "and or in on at with without into over under after before about against new old more most");

    internal static readonly WordSet Noise = Set(
        "permalink comments comment comentarios comentario kommentare kommentar commentaires commentaire commenti commento comentários reply share");

    private static readonly CharSet GlueMarks = new("–—|-");

    private static readonly char[] GlueSeparators = ['–', '—', '|', '-'];

    internal static readonly WordSet NameConnectors = Set("de da das do dos van von der den del della la le di du y e and und et");

    internal static readonly WordSet FieldLabels = Set(
        "source length quelle fuente fonte category categories kategorie catégorie categoria tags tag filed reading "
        + "lesezeit temps lectura lettura leitura rubrik rubrique sección sezione");

    // A blog's comment or view counter under each post ("0 Comments", "3 Kommentare", "No Comments", "14 Hits", "230 views").
    internal static readonly WordSet CommentWords = Set(
        "comment comments kommentar kommentare commentaire commentaires commento commenti comentario comentarios comentário comentários "
        + "reactie reacties komentarz komentarze komentáře komentár yorum σχόλια σχόλιο комментарий комментария комментариев коментар коментарі "
        + "hit hits view views reads aufrufe vues visualizzazioni visualizaciones visualizações visitas lecturas leituras weergaven wyświetleń "
        + "просмотров просмотра просмотр");

    internal static readonly WordSet ReadingTime = Set("min mins minute minutes minuten minutos minuti read lesezeit lecture lectura lettura leitura");

    // Words that can open a metadata line without a digit in it.
    private static readonly WordSet FirstWords = new(ByWords.Words.Concat(PostingVerbs.Words)
        .Concat(FieldLabels.Words).Concat(DateVocabulary.Prefixes.Words).Concat(DateVocabulary.Today.Words).Concat(DateVocabulary.RelativeMarkers.Words)
        .Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Rejects most lines at the cost of one vectorized scan and one lookup: metadata holds a digit
    /// (dates, reading times; ASCII or of another script, <see cref="NativeDigits"/>) or starts with a word such as "By", "Source" or "Yesterday".
    /// </summary>
    public static bool MightMatch(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLength)
        {
            return false;
        }

        if (SpanText.HasDigit(line))
        {
            return true;
        }

        var start = 0;
        while (start < line.Length && !char.IsLetter(line[start]))
        {
            start++;
        }

        // A word glued to the next by a lost space ends where a capital follows a lower-case letter ("PorMarta Olivares").
        var end = start;
        while (end < line.Length && (char.IsLetter(line[end]) || Words.IsMark(line[end])) && !(end > start && char.IsUpper(line[end]) && char.IsLower(line[end - 1])))
        {
            end++;
        }

        return (end > start && Contains(FirstWords, line[start..end])) || NativeDigits.Has(line);
    }

    /// <summary>Tells cheaply whether a line could end in a glued byline: it is headline-sized and holds a dash or bar.</summary>
    public static bool MightHaveGluedByline(ReadOnlySpan<char> line) =>
        line.Length < 200 && GlueMarks.IndexOfAny(line) > 0;

    public static bool TryMatch(ReadOnlySpan<char> line, out MetaMatch match)
    {
        if (line.Length <= MaxLength && NativeDigits.Has(line))
        {
            Span<char> folded = stackalloc char[line.Length];
            return Match(NativeDigits.Fold(line, folded), out match);
        }

        return Match(line, out match);
    }

    private static bool Match(ReadOnlySpan<char> line, out MetaMatch match)
    {
        match = default;
        if (line.Length > MaxLength || !HasLetterOrDigit(line))
        {
            return false;
        }

        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        var words = new Words(line, storage);
        if (words.Truncated || words.Count == 0)
        {
            return false;
        }

        // Most lines with a number in them hold no date at all: they are spared the date rules.
        var dated = HasDateWord(words, line);
        return (dated && TryDateLine(words, out match)) || TryBylineOnly(words, out match) || TryFactLine(words, out match)
            || (dated && TrySegmentedLine(line, out match));
    }

    /// <summary>
    /// Finds a full calendar date among other words of a short line that is no date line ("Pubblicato giorno 16 aprile
    /// 2022 - venti righe dal parroco", "2026 يناير 08مقالات وآراء"). One such line proves little (a headline may name a
    /// day); the layout stage takes it for the record's date only where the page's template repeats it in every record.
    /// </summary>
    /// <remarks>
    /// Where no month is known, a day, one word and a year in a row (<c>20 Желтоқсан, 2024</c>) or a word, a day and a
    /// year (<c>Ṣẹ́rẹ́ 20, 2024</c>) is a date whose month is in a language the recognizer does not speak: its text is the
    /// date, its calendar day unknown (<paramref name="date"/> <see langword="null"/>). The template's repetition is the proof.
    /// </remarks>
    public static bool TryFindDate(ReadOnlySpan<char> line, out Range range, out CalendarDate? date)
    {
        range = default;
        date = default;
        if (line.Length > MaxLength)
        {
            return false;
        }

        if (NativeDigits.Has(line))
        {
            Span<char> folded = stackalloc char[line.Length];
            var text = NativeDigits.Fold(line, folded);
            var native = HasYearOrNumericDate(text) && (FindDate(text, out range, out date) || FindGluedDate(text, out range, out date));
            date = date is { Order: NumericOrder.Either } ? null : date;
            return native;
        }

        var found = HasYearOrNumericDate(line) && (FindDate(line, out range, out date) || FindGluedDate(line, out range, out date));
        date = date is { Order: NumericOrder.Either } ? null : date; // a date among other words: its order stays unknown
        return found;
    }

    /// <summary>
    /// Finds a date that HTML-to-text conversion glued to the word before it (<c>…second thoughtsMar 8, 2011 11:00 pm</c>):
    /// one that starts where a lower-case letter or the mark that ends a title (<c>…Lake Street ...Mar 4, 2011</c>) runs
    /// into a capital or a digit, or a digit into a capital.
    /// </summary>
    private static bool FindGluedDate(ReadOnlySpan<char> line, out Range range, out CalendarDate? date)
    {
        for (var i = 1; i < line.Length; i++)
        {
            var before = line[i - 1];
            if (((char.IsLower(before) || before is '.' or '…' or '?' or '!' or ')' or '"' or '”' or '’' or '»') && (char.IsUpper(line[i]) || char.IsDigit(line[i]))
                    || (char.IsDigit(before) && char.IsUpper(line[i])))
                && FindDate(line[i..], out var found, out date) && found.Start.GetOffset(line.Length - i) == 0)
            {
                var (offset, length) = found.GetOffsetAndLength(line.Length - i);
                range = (i + offset)..(i + offset + length);
                return true;
            }
        }

        (range, date) = (default, default);
        return false;
    }

    private static bool FindDate(ReadOnlySpan<char> line, out Range range, out CalendarDate? date)
    {
        range = default;
        date = default;
        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        var words = new Words(line, storage);

        for (var k = 0; k < words.Count; k++)
        {
            // A full date starts with a number, a month or a weekday ("16 aprile 2022", "May 26, 2023", "Thursday, 25 August 2016").
            // A numeric date whose order the line cannot tell ("02/03/2018") is a date all the same, its day unknown.
            var starts = StartsWithDigit(words[k]) || words.IsMonth(k, out _) || words.Is(k, WordClass.Weekday);
            if (starts && DateRecognizer.MatchAt(words, k, out var found) is > 0 and var end
                && (found is not null || (end == k + 1 && NumericDateSeparators.IndexOfAny(words[k]) > 0)))
            {
                // A time of day directly before the date is the date's ("… kỹ năng 16:05 02/03/2018 Tại …").
                var first = k > 0 && DateRecognizer.IsTime(words[k - 1]) && words.Gap(k).Trim().IsEmpty ? k - 1 : k;
                range = words.Start(first)..DateRange(words, k, end).End;
                date = found;
                return true;
            }
        }

        for (var k = 0; k + 2 < words.Count; k++)
        {
            var dayFirst = IsDay(words[k]) && IsMonthLike(words[k + 1]);
            if ((dayFirst || (IsMonthLike(words[k]) && IsDay(words[k + 1]))) && IsYear(words[k + 2])
                && words.Gap(k + 1).Trim().IsEmpty && words.Gap(k + 2).Trim() is [] or [',' or '.'])
            {
                // One word and a comma before it that open the line are its weekday, unknown too ("मंगलबार, जेठ ६, २०८२").
                var weekday = k == 1 && words.Gap(1).Trim() is [','] && words.Gap(0).Trim().IsEmpty && IsMonthLike(words[0]);
                range = words.Start(weekday ? 0 : k)..words.End(k + 2);
                return true;
            }
        }

        return false;

        static bool IsDay(ReadOnlySpan<char> word) => Words.IsNumber(word, out var n) && n is >= 1 and <= 31 && word.Length <= 2;
        static bool IsYear(ReadOnlySpan<char> word) => Words.IsNumber(word, out var n) && n is >= 1900 and <= 2099 && word.Length == 4;
        static bool IsMonthLike(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && !Words.IsMark(c))
                {
                    return false;
                }
            }

            return word.Length >= 3;
        }
    }

    /// <summary>
    /// Tells cheaply whether a line holds what every full date holds: a year (four digits) or two numbers joined by a
    /// date's mark ("16.04", "4/6"). Most headlines with a number hold neither, and are spared the splitting into words.
    /// </summary>
    private static bool HasYearOrNumericDate(ReadOnlySpan<char> line)
    {
        for (var i = SpanText.IndexOfDigit(line); i >= 0 && i < line.Length;)
        {
            var run = i;
            while (run < line.Length && SpanText.IsDigit(line[run]))
            {
                run++;
            }

            if (run - i == 4 || (run + 1 < line.Length && line[run] is '.' or '/' or '-' && SpanText.IsDigit(line[run + 1])))
            {
                return true;
            }

            var next = run < line.Length ? SpanText.IndexOfDigit(line[run..]) : -1;
            i = next < 0 ? -1 : run + next;
        }

        return false;
    }

    /// <summary>
    /// Tells whether a line holds what every date that <see cref="DateRecognizer.MatchAt"/> reads holds: a numeric date
    /// ("2023-05-26", "2017年2月24日"), a month with a number at most three words from it ("May 26", "25. August"), a
    /// relative unit after a number ("3 hours"), or a word such as "Yesterday" where a date rule could reach it.
    /// </summary>
    /// <remarks>
    /// The date rules try a date only where a number starts one of its first four words, or on a line of three words
    /// or fewer, or in a segment of a link aggregator's line. Words never end in a dot, so "Mar." is a month word here
    /// as in the date rules.
    /// </remarks>
    private static bool HasDateWord(in Words words, ReadOnlySpan<char> line)
    {
        var numbers = 0u; // bit i: word i starts with a digit
        for (var i = 0; i < words.Count; i++)
        {
            if (StartsWithDigit(words[i]))
            {
                if (NumericDateMarks.IndexOfAny(words[i]) > 0)
                {
                    return true;
                }

                numbers |= 1u << i;
            }
        }

        var anywhere = words.Count <= 3 || SegmentEnd(line) >= 0;
        for (var i = 0; i < words.Count; i++)
        {
            var near = (numbers & NearMask(i)) != 0;
            if ((numbers & (1u << i)) != 0 || !(near || anywhere))
            {
                continue;
            }

            // The small set rejects most words by its filter alone, before the vocabulary of every list is asked.
            if (!DateWords.Contains(words[i]))
            {
                continue;
            }

            if (words.Is(i, WordClass.Today) || (near && words.Is(i, WordClass.Month))
                || (i > 0 && (numbers & (1u << (i - 1))) != 0 && Words.IsNumber(words[i - 1], out _) && words.Is(i, WordClass.RelativeUnit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bits of the words at most three before or after word <paramref name="i"/>.</summary>
    private static uint NearMask(int i) => i < 3 ? (1u << (i + 4)) - 1 : 0x7Fu << (i - 3);

    /// <summary>
    /// Reads the line a link aggregator prints under each link: segments apart by <c> | </c>, <c> · </c> or
    /// <c> • </c>, one of which ends in the date, perhaps after a score and "by" (or "via") and a user name, and the
    /// others short counters or actions (<c>412 points by quentinm 3 hours ago | hide | 118 comments</c>,
    /// <c>via alice_k 2 hours ago · 12 comments</c>). User names are handles, not capitalized names: the "by" word
    /// and the date around them are what vouch for them.
    /// </summary>
    private static bool TrySegmentedLine(ReadOnlySpan<char> line, out MetaMatch match)
    {
        match = default;
        if (SegmentEnd(line) < 0)
        {
            return false; // one segment: what TryDateLine has read already
        }

        Range? byline = null;
        Range? dateRange = null;
        CalendarDate? parsed = null;
        var segments = 0;
        var start = 0;
        while (true)
        {
            var rest = line[start..];
            var cut = SegmentEnd(rest);
            var segment = cut < 0 ? rest : rest[..cut];
            segments++;
            if (!ReadSegment(segment, start, ref byline, ref dateRange, ref parsed))
            {
                return false;
            }

            if (cut < 0)
            {
                break;
            }

            start += cut + 3;
        }

        match = new MetaMatch(byline, dateRange, parsed);
        return segments >= 2 && dateRange is not null;
    }

    /// <summary>The index of the next segment separator (<c>" | "</c>, <c>" · "</c>, <c>" • "</c>), or -1.</summary>
    private static int SegmentEnd(ReadOnlySpan<char> text)
    {
        // Most lines hold no mark at all: one vectorized search tells.
        var i = 0;
        while (i + 2 < text.Length && SegmentMarks.IndexOfAny(text[(i + 1)..^1]) is >= 0 and var at)
        {
            i += at + 1;
            if (text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                return i - 1;
            }
        }

        return -1;
    }

    /// <summary>Reads one segment: the first that ends in a date gives the date (and the user before it); any other must be a counter or an action.</summary>
    private static bool ReadSegment(ReadOnlySpan<char> segment, int offset, ref Range? byline, ref Range? dateRange, ref CalendarDate? parsed)
    {
        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        var words = new Words(segment, storage);
        if (words.Truncated || words.Count == 0)
        {
            return false;
        }

        if (dateRange is null && TryDateSegment(segment, offset, words, ref byline, ref dateRange, ref parsed))
        {
            return true;
        }

        // A name before the date, with or without "By": "Maria Lopez | 26 May 2023 | News".
        if (dateRange is null && byline is null && words.Count >= 2 && IsByline(words, 0, words.Count, out var name)
            && segment[words.End(words.Count - 1)..].Trim().IsEmpty)
        {
            var (nameStart, nameLength) = name.GetOffsetAndLength(segment.Length);
            byline = (offset + nameStart)..(offset + nameStart + nameLength);
            return true;
        }

        return IsCounterOrAction(segment, words);
    }

    /// <summary>
    /// Tells whether a segment ends in a date with nothing but counters before it, and perhaps "by" (or "via") and a
    /// user name; reads the date, and the user if there is one.
    /// </summary>
    private static bool TryDateSegment(
        ReadOnlySpan<char> segment, int offset, in Words words, ref Range? byline, ref Range? dateRange, ref CalendarDate? parsed)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (DateRecognizer.MatchAt(words, k, out var date) != words.Count)
            {
                continue;
            }

            // Before the date: counters ("412 points"), then perhaps "by" and one user name.
            var j = 0;
            while (j + 1 < k && Words.IsNumber(words[j], out _) && IsPlainWord(words[j + 1]))
            {
                j += 2;
            }

            if (TryHandle(segment, words, j, k, out var handleStart, out var handleLength))
            {
                byline = (offset + handleStart)..(offset + handleStart + handleLength);
            }
            else if (j != k)
            {
                return false;
            }

            dateRange = (offset + words.Start(k))..(offset + words.End(words.Count - 1));
            parsed = date;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Tells whether "by" (or "via") at word <paramref name="j"/> and a user name after it come before the date at
    /// word <paramref name="k"/>; measures the name within the segment.
    /// </summary>
    private static bool TryHandle(ReadOnlySpan<char> segment, in Words words, int j, int k, out int handleStart, out int handleLength)
    {
        // The words split a handle at '_' and '.' ("harlow_k"): the handle is all between "by" and the date.
        var handle = j + 2 <= k ? segment[words.End(j)..words.Start(k)] : [];
        handleStart = words.End(j) + (handle.Length - TextRules.TrimOuterStart(handle).Length);
        handle = TextRules.TrimOuter(handle);
        handleLength = handle.Length;
        return j + 2 <= k && (words.Is(j, WordClass.By) || words[j].Equals("via", StringComparison.OrdinalIgnoreCase)) && IsHandle(handle);
    }

    /// <summary>Tells whether a segment is a counter or an action: "118 comments", "hide", "flag", "discuss".</summary>
    private static bool IsCounterOrAction(ReadOnlySpan<char> segment, in Words words)
    {
        // Three words at most, no punctuation.
        if (words.Count > 3)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!(Words.IsNumber(words[i], out _) || IsPlainWord(words[i])) || (i > 0 && !words.Gap(i).Trim().IsEmpty))
            {
                return false;
            }
        }

        return words.Gap(0).Trim().IsEmpty && segment[words.End(words.Count - 1)..].Trim().IsEmpty;
    }

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A user name as sites print it: letters, digits, '_', '-' and '.', starting with a letter or digit.</summary>
    private static bool IsHandle(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 39 || !char.IsLetterOrDigit(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDateLine(in Words words, out MetaMatch match)
    {
        match = default;
        for (var k = 0; k < words.Count; k++)
        {
            if (!MayStartDate(words, k) || IconName(words, k))
            {
                continue;
            }

            var end = DateRecognizer.MatchAt(words, k, out var date);
            if (end < 0)
            {
                continue;
            }

            var dateRange = DateRange(words, k, end);
            var before = SkipPrefixes(words, 0, k);
            if (before + 1 == k && DateRecognizer.IsTime(words[before]) && words.Gap(k).Trim().Length <= 1)
            {
                // The time first: "19:21 - 13.12.2025", "08:05 13/12/2025". The date text keeps it.
                dateRange = words.Start(before)..dateRange.End;
                before = k;
            }

            return before == k
                ? TryDateFirst(words, k, end, dateRange, date, out match)
                : TryDateAfterName(words, k, end, dateRange, date, out match) || TryPostedInSections(words, k, end, dateRange, date, out match);
        }

        return false;
    }

    /// <summary>Tells whether a date may start at word <paramref name="k"/>: a number within its first four words, or a short line.</summary>
    private static bool MayStartDate(in Words words, int k)
    {
        // A date holds a number within its first four words ("25 August", "May 26", "il y a 2 jours"),
        // or it is a short line such as "Yesterday": elsewhere there is nothing to try.
        return StartsWithDigit(words[k]) || (k + 1 < words.Count && StartsWithDigit(words[k + 1]))
            || (k + 2 < words.Count && StartsWithDigit(words[k + 2]))
            || (k + 3 < words.Count && StartsWithDigit(words[k + 3])) || words.Count <= 3;
    }

    /// <summary>
    /// Reads the line blog software prints under a post's title: a posting verb, the sections the post is filed in, the
    /// date and perhaps its author (<c>Posted in Politics, City on 28/09/2012 by Jos Onrust</c>, <c>Publié dans Culture le
    /// 3 mars 2023</c>). The verb, the word that names the sections and the word that introduces the date vouch for the
    /// words between them; the author may be a user's handle (<c>by admin</c>), which the by-word vouches for.
    /// </summary>
    private static bool TryPostedInSections(in Words words, int k, int end, Range dateRange, CalendarDate? date, out MetaMatch match)
    {
        match = default;
        if (k < 4 || k - 3 > MaxSectionWords || !Contains(PostingVerbs, words[0]) || !Contains(SectionWords, words[1])
            || !words.Is(k - 1, WordClass.DatePrefix) || char.IsUpper(words[k - 1][0]) || SpanText.HasDigit(words.Line[..words.Start(k)]))
        {
            return false;
        }

        end = SkipNoise(words, end);
        var byline = HandleAfterPosting(words, end);
        match = new MetaMatch(byline, dateRange, date);
        return byline is not null || (end == words.Count && EndsCleanly(words));
    }

    /// <summary>
    /// Reads the author a line that opens with a posting verb gives after its date: a by-word at <paramref name="end"/>
    /// and up to <see cref="MaxHandleWords"/> words to the line's end, a name or a user's handle (<c>by admin</c>).
    /// </summary>
    private static Range? HandleAfterPosting(in Words words, int end)
    {
        if (!Contains(PostingVerbs, words[0]) || end >= words.Count || !words.Is(end, WordClass.By))
        {
            return null;
        }

        // The author runs to the line's end or to a segment mark, after which blog software prints counters and actions
        // ("… by admin | Leave a comment", "… by admin | 2 Comments"). A name longer than a handle must read as a name.
        var last = end + 1;
        while (last < words.Count && SegmentMarks.IndexOfAny(words.Gap(last)) < 0)
        {
            last++;
        }

        var count = last - end - 1;
        if (count < 1 || count > MaxNameWords || (count > MaxHandleWords && !IsByline(words, end + 1, last, out _))
            || (last < words.Count && !CountersOrActions(words.Line[words.End(last - 1)..])))
        {
            return null;
        }

        return words.Start(end + 1)..words.End(last - 1);
    }

    /// <summary>Tells whether the rest of a line is segments (after <c> | </c>, <c> · </c> or <c> • </c>) that are each a counter or an action.</summary>
    private static bool CountersOrActions(ReadOnlySpan<char> rest)
    {
        var cut = SegmentEnd(rest);
        if (cut != 0)
        {
            return false;
        }

        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        while (cut >= 0)
        {
            rest = rest[(cut + 3)..];
            cut = SegmentEnd(rest);
            var segment = cut < 0 ? rest : rest[..cut];
            var words = new Words(segment, storage);
            if (words.Truncated || words.Count == 0 || !IsCounterOrAction(segment, words))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a line that starts with its date (words <paramref name="k"/> to <paramref name="end"/>).</summary>
    private static bool TryDateFirst(in Words words, int k, int end, Range dateRange, CalendarDate? date, out MetaMatch match)
    {
        // Date first, then perhaps a second date ("…, modifié le …") and "by Name" or "| Name".
        end = SkipNoise(words, SkipSecondDate(words, end));
        if (end == words.Count - 1 && (NumericDateSeparators.IndexOfAny(words[k]) > 0 || Known(date)) && Words.IsNumber(words[end], out _))
        {
            end++; // a counter after a full date ("2026-01-31 08:45:38 6", "February 3, 2026 9": views or comments)
        }

        if (end == words.Count)
        {
            // "12 Mar 2019?" ends like a sentence: a headline about a date, not a date line.
            match = new MetaMatch(null, dateRange, date);
            return EndsCleanly(words);
        }

        // A name glued to the time ("à 14h30Claire Vasseur") is introduced by the glue itself.
        // So is one after the dot that ends a full date in South Slavic usage ("06.mart 2026. Milena Jokić").
        var introducedAfter = words.Is(end, WordClass.By) || words.Gap(end).IsEmpty
            || Delimiters.IndexOfAny(words.Gap(end)) >= 0 || (Known(date) && words.Gap(end).Trim() is ".");
        if (introducedAfter && IsByline(words, end, words.Count, out var after))
        {
            match = new MetaMatch(after, dateRange, date);
            return true;
        }

        // Under a posting verb, the by-word vouches for a user's handle too: "Posted on May 26, 2023 by admin".
        if (HandleAfterPosting(words, end) is { } handle)
        {
            match = new MetaMatch(handle, dateRange, date);
            return true;
        }

        // A full date, a delimiter, then a short label ("14.02.2021 14:30 | World", "… / Updated: …"). More words than a
        // label holds are a headline the date stands before ("12/05/2024 – La ville lance son budget participatif").
        match = new MetaMatch(null, dateRange, date);
        return Known(date) && Delimiters.IndexOfAny(words.Gap(end)) >= 0 && words.Line.Length - words.Start(end) <= MaxLabelLength
            && words.Count - end <= MaxLabelWords;
    }

    /// <summary>Reads a line whose date (words <paramref name="k"/> to <paramref name="end"/>) follows a byline or a "By" word.</summary>
    private static bool TryDateAfterName(in Words words, int k, int end, Range dateRange, CalendarDate? date, out MetaMatch match)
    {
        match = default;

        // "Por jueves, 25 abril, 2019": the name was lost, the "By" word stayed.
        if (AllByWords(words, 0, k) && SkipNoise(words, end) == words.Count)
        {
            match = new MetaMatch(null, dateRange, date);
            return true;
        }

        // Byline first, then the date: "Name | May 26, 2023", "Written by Name Thursday, 25 August 2016".
        // Without a delimiter or a "By" word, "Workers Strike 16 October" would pass for a byline.
        // A numeric date ("CIVIC 07/03/17") is unmistakable enough to need no delimiter. The lower-case word that
        // introduces the date ("by Name on May 26, 2023", "Von Name am 26. Mai 2023", "Par Name le 26 mai 2023") is neither's.
        // Scripts without capitals introduce it too, and their word says it outright ("Name 发布于 04月18, 2015": "published on").
        var name = k;
        while (name > 1 && words.Is(name - 1, WordClass.DatePrefix) && !char.IsUpper(words[name - 1][0]))
        {
            name--;
        }

        var caseless = name < k && !char.IsLower(words[name][0]);
        var delimited = words.Is(0, WordClass.By) || caseless || Delimiters.IndexOfAny(words.Gap(name)) >= 0 || Delimiters.IndexOfAny(words.Gap(k)) >= 0;
        var numeric = end == k + 1 && NumericDateSeparators.IndexOfAny(words[k]) > 0;
        if (end == words.Count && (delimited || numeric) && IsByline(words, 0, name, out var byline))
        {
            // One word that only a numeric date introduces names a source or a section ("Danas 14.03.2025"), not a person.
            match = new MetaMatch(delimited || name > 1 ? byline : null, dateRange, date);
            return true;
        }

        // A numeric date after a delimiter, under a few words the name rules do not read (a name in another
        // script, a name and a role: "한서윤 수습기자 | 2022-09-20 11:05"): a date line, its byline unknown.
        // In a script with case only under two words at most (an agency's credit: "dpa/lni | 14.03.2024 09:15") or inside
        // parentheses (a source's citation: "(rbb - Brandenburg aktuell, 06/22/2021)"): elsewhere the name rules read a
        // name, and other words are a title's ("Nurses Warn of Staff Shortages – 03.05.2024").
        if (end == words.Count && k <= MaxNameWords && Delimiters.IndexOfAny(words.Gap(k)) >= 0
            && NumericDateSeparators.IndexOfAny(words[k]) > 0 && !SpanText.HasDigit(words.Line[..words.Start(k)])
            && (!AnyCasedWord(words, 0, k) || k <= 2 || (words.Line[0] == '(' && words.Line[^1] == ')')))
        {
            match = new MetaMatch(null, dateRange, date);
            return true;
        }

        // A whole numeric date that ends a short line, under a source's name that reads as no person's ("Radio 021
        // 14.03.2025", "Južne vesti 14.03.2025"): a date line; the source is no byline.
        if (end == words.Count && end == k + 1 && k <= MaxSourceWords && Known(date) && NumericDateSeparators.IndexOfAny(words[k]) > 0
            && words.Line.Length <= MaxSourceLineLength && EndsCleanly(words))
        {
            match = new MetaMatch(null, dateRange, date);
            return true;
        }

        return false;
    }

    /// <summary>The range of a date's words <paramref name="k"/> to <paramref name="end"/>, with the parenthesis that closes a weekday after it ("9月30日(水)").</summary>
    private static Range DateRange(in Words words, int k, int end)
    {
        var last = words.End(end - 1);
        var closes = end - 1 > k && words.Gap(end - 1).Trim() is "(" or "（" && last < words.Line.Length && words.Line[last] is ')' or '）';
        return words.Start(k)..(closes ? last + 1 : last);
    }

    private static bool StartsWithDigit(ReadOnlySpan<char> word) => word.Length > 0 && SpanText.IsDigit(word[0]);

    private static bool AnyCasedWord(in Words words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLower(words[i][0]) || char.IsUpper(words[i][0]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllByWords(in Words words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!words.Is(i, WordClass.By))
            {
                return false;
            }
        }

        return to > from;
    }

    /// <summary>Skips what blog software prints after a date: comment counts and "Permalink".</summary>
    private static int SkipNoise(in Words words, int end)
    {
        var i = end;
        while (i < words.Count && (Words.IsNumber(words[i], out _) || words.Is(i, WordClass.Noise | WordClass.ReadingTime)))
        {
            i++;
        }

        return i == end || words.Is(i - 1, WordClass.Noise | WordClass.ReadingTime) ? i : end;
    }

    /// <summary>Tells whether a date's calendar day is known: read from the line alone, not of either order (<see cref="NumericOrder.Either"/>).</summary>
    private static bool Known(CalendarDate? date) => date is { Order: not NumericOrder.Either };

    /// <summary>Tells whether a short line is a bare person's name ("Dana Whitlock"): two to four capitalized words, nothing else.</summary>
    public static bool IsName(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxNameLength || SpanText.HasDigit(line))
        {
            return false;
        }

        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        var words = new Words(line, storage);
        return !words.Truncated && words.Count is >= 2 and <= 4 && !words.Is(0, WordClass.By)
            && IsByline(words, 0, words.Count, out _) && EndsCleanly(words) && words.Gap(0).IsEmpty;
    }

    /// <summary>
    /// Tells whether a short line is a person's name and, after a comma, the office they write in (<c>Gun-Britt Sandvik,
    /// förbundsordförande</c>, <c>Tom Hughes, health reporter</c>): a name of two to four words, then one to four words
    /// without digits or a closing stop, one of them in lower case and no name's connector. The name is the text before
    /// the first comma (see <see cref="NameOfNameWithRole"/>).
    /// </summary>
    public static bool IsNameWithRole(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(", ".AsSpan(), StringComparison.Ordinal);
        if (comma <= 0 || line.Length > MaxNameLength + MaxRoleLength || SpanText.HasDigit(line) || !IsName(line[..comma]))
        {
            return false;
        }

        var role = line[(comma + 2)..];
        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        var words = new Words(role, storage);
        if (role.Length is 0 or > MaxRoleLength || words.Truncated || words.Count is 0 or > 4 || role.IndexOfAny(".,:;!?".AsSpan()) >= 0
            || words.Is(0, WordClass.By))
        {
            return false;
        }

        // An office has a word in lower case that joins no name ("reporter", "the German chancellor"); a second writer's
        // name has none ("Jan van Dijk", "Bob Roe"), and cutting it off would lose a writer.
        for (var i = 0; i < words.Count; i++)
        {
            if (char.IsLower(words[i][0]) && !words.Is(i, WordClass.NameConnector))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the name of a line that <see cref="IsNameWithRole"/> accepts: the text before its first comma.</summary>
    public static ReadOnlySpan<char> NameOfNameWithRole(ReadOnlySpan<char> line) =>
        line.IndexOf(", ".AsSpan(), StringComparison.Ordinal) is > 0 and var comma ? line[..comma] : line;

    /// <summary>The longest office after a name (<see cref="IsNameWithRole"/>).</summary>
    private const int MaxRoleLength = 40;

    /// <summary>Finds a byline glued to the end of a headline ("Title – di Marta Russo"); returns where the title ends, or -1.</summary>
    public static int GluedBylineStart(ReadOnlySpan<char> line)
    {
        // The byline follows the last dash or bar of the line that has whitespace on both sides.
        var dash = -1;
        foreach (var separator in GlueSeparators)
        {
            var at = line.LastIndexOf(separator);
            while (at > 0 && !(at + 1 < line.Length && TextRules.IsOuterWhitespace(line[at - 1]) && TextRules.IsOuterWhitespace(line[at + 1])))
            {
                at = line[..at].LastIndexOf(separator);
            }

            dash = Math.Max(dash, at);
        }

        if (dash <= 0)
        {
            return -1;
        }

        var tail = TrimOuter(line[(dash + 1)..]);
        if (tail.Length < 4 || tail.Length > 60)
        {
            return -1;
        }

        Span<WordSlot> storage = stackalloc WordSlot[Words.Capacity];
        var words = new Words(tail, storage);
        // The by-word may follow one word that names the piece, and then "de" or "da" says "by" too, before a name of two
        // words or more ("Title – L’édito de Bertrand Masson"; "– Festival de Cannes" is the title's).
        var by = words.Count >= 2 && words.Is(0, WordClass.By) ? 0
            : words.Count >= 3 && !words.Is(0, WordClass.By) && (words.Is(1, WordClass.By) || Contains(PieceByWords, words[1])) ? 1 : -1;
        var name = by >= 0 && !words.Is(by, WordClass.By) ? by + 1 : by;
        return by >= 0 && (name == by || words.Count - name >= 2) && IsByline(words, name, words.Count, out _) && EndsCleanly(words)
            ? TrimOuter(line[..dash]).Length
            : -1;
    }

    private static ReadOnlySpan<char> TrimOuter(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && TextRules.IsOuterWhitespace(text[start]))
        {
            start++;
        }

        while (end > start && TextRules.IsOuterWhitespace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static int SkipSecondDate(in Words words, int end)
    {
        var next = SkipPrefixes(words, end, words.Count);
        if (next == end || next >= words.Count)
        {
            return end;
        }

        var second = DateRecognizer.MatchAt(words, next, out _);
        return second < 0 ? end : second;
    }

    private static bool TryBylineOnly(in Words words, out MetaMatch match)
    {
        match = default;
        var posted = IsPostedBy(words);
        var byWords = posted ? 2 : 0;
        while (!posted && byWords < words.Count && byWords < 2 && words.Is(byWords, WordClass.By))
        {
            byWords++;
        }

        // "By:" with the name lost in copying is still the byline line.
        if (byWords == words.Count && words.Count <= 2)
        {
            return true;
        }

        // Without a "By" word a name is indistinguishable from a short headline.
        if (byWords == 0 || (words.Count > 1 && words.Gap(1).IsEmpty && !Contains(GluedByWords, words[0]))
            || !(posted ? IsByline(words, byWords, BeforeTrailingTime(words), out var byline) : IsByline(words, 0, words.Count, out byline))
            || !EndsCleanly(words))
        {
            return false;
        }

        match = new MetaMatch(byline, null, null);
        return true;
    }

    /// <summary>Tells whether a line opens with a blog's posting verb and its by-word ("Posted by", "Eingestellt von", "Pubblicato da").</summary>
    private static bool IsPostedBy(in Words words) =>
        words.Count > 2 && Contains(PostingVerbs, words[0]) && (words.Is(1, WordClass.By) || Contains(PostingByWords, words[1]));

    /// <summary>
    /// Returns where the time of posting starts that a blog prints after the byline ("Posted by Name at 10:42 AM",
    /// "Eingestellt von Name um 14:05", "Publicado por Name às 9:30"): a time of day that ends the line, perhaps after a
    /// word such as "at" and before "AM"; or the number of words when the line ends otherwise.
    /// </summary>
    private static int BeforeTrailingTime(in Words words)
    {
        var i = words.Count;
        for (var k = 0; k < 2 && i > 1 && words.Is(i - 1, WordClass.TimeWord) && !DateRecognizer.IsTime(words[i - 1]); k++)
        {
            i--;
        }

        if (i < 2 || !DateRecognizer.IsTime(words[i - 1]))
        {
            return words.Count;
        }

        i--;
        for (var k = 0; k < 2 && i > 1 && words.Is(i - 1, WordClass.TimeWord); k++)
        {
            i--;
        }

        return i;
    }

    private static bool TryFactLine(in Words words, out MetaMatch match)
    {
        match = default;
        var labelled = words.Is(0, WordClass.FieldLabel)
            && words.Count <= 8
            && ((words.Count > 1 && words.Gap(1).IndexOf(':') >= 0) || (words.Count > 2 && words.Gap(2).IndexOf(':') >= 0));
        var readingTime = words.Count <= 4 && Words.IsNumber(words[0], out _) && words.Count >= 2
            && words.Is(1, WordClass.ReadingTime) && words.Is(words.Count - 1, WordClass.ReadingTime);
        var comments = words.Count == 2 && (Words.IsNumber(words[0], out _) || words[0].Equals("No", StringComparison.OrdinalIgnoreCase))
            && words.Is(1, WordClass.Comment);
        if (!labelled && !readingTime && !comments)
        {
            return false;
        }

        match = new MetaMatch(null, null, null);
        return true;
    }

    /// <summary>Tells whether words [from, to) are an optional "By" word and a name; returns the name's range.</summary>
    private static bool IsByline(in Words words, int from, int to, out Range name)
    {
        name = default;
        var start = from;
        while (from < to && from - start < 2 && words.Is(from, WordClass.By))
        {
            from++;
        }

        if (from >= to || to - from > MaxNameWords)
        {
            return false;
        }

        // In a script without capitals (Arabic, Hebrew, Georgian, Devanagari…) only a "By" word says a name follows.
        // Without one, a person's name holds at most four capitalized words besides its connectors ("Maria José Pérez
        // García", "Anna van der Berg"); five or six are a title-case headline ("Port Workers Win Pay Deal – 12.05.2024").
        var introduced = from > start;
        var names = 0;
        for (var i = from; i < to; i++)
        {
            var word = words[i];
            var capitalized = (char.IsUpper(word[0]) && !words.Is(i, WordClass.NotName))
                || (introduced && char.IsLetter(word[0]) && !char.IsUpper(word[0]) && !char.IsLower(word[0]));
            var connector = words.Is(i, WordClass.NameConnector);
            if (!capitalized && !(i > from && connector))
            {
                return false;
            }

            // Each of several names counts alone ("Delta Dyrecka Letigio, Wenilyn Sabalo").
            names = connector || words.Gap(i).IndexOfAny(",&/;") >= 0 ? 0 : names;
            if (capitalized && ++names > MaxBareNameWords && !introduced)
            {
                return false;
            }

            // A name holds no sentence punctuation between its words ("Name. Next sentence").
            if (i > from && words.Gap(i).IndexOfAny(".!?:;") >= 0 && words[i - 1].Length > 1)
            {
                return false;
            }
        }

        name = words.Start(from)..words.End(to - 1);
        return true;
    }

    /// <summary>
    /// Tells whether word <paramref name="k"/> opens the line in lower case glued to a capitalized word: the name of an
    /// icon font's glyph that HTML-to-text conversion kept before the date (<c>todayFebruary 3, 2026</c>), no word of it.
    /// </summary>
    private static bool IconName(in Words words, int k) =>
        k == 0 && words.Count > 1 && words.Gap(1).IsEmpty && char.IsUpper(words[1][0]) && IsLowerWord(words[0]);

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipPrefixes(in Words words, int from, int to)
    {
        if (from == 0 && to >= 1 && IconName(words, 0))
        {
            from = 1;
        }

        while (from < to && words.Is(from, WordClass.DatePrefix))
        {
            from++;
        }

        // One word and a colon before the date is its label, in any language ("Yayın: 21 Eylül 2025", "Objavljeno: …").
        if (from == 0 && to == 1 && char.IsLetter(words[0][0]) && words.Gap(1).Trim() is ":")
        {
            from = 1;
        }

        // A reading time before the date: "6 min read Jul 25, 2017".
        if (from + 1 < to && Words.IsNumber(words[from], out _) && words.Is(from + 1, WordClass.ReadingTime))
        {
            from += 2;
            while (from < to && words.Is(from, WordClass.ReadingTime))
            {
                from++;
            }
        }

        return from;
    }

    private static bool EndsCleanly(in Words words)
    {
        var tail = words.Line[words.End(words.Count - 1)..].Trim();
        return tail.IsEmpty || tail.IndexOfAny(".!?") < 0 || tail is "." or ")";
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(WordSet set, ReadOnlySpan<char> word) => set.Contains(word);

    private static WordSet Set(string words) => WordSet.Of(words);
}
