using ArticleParser.Compat;

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Recognizes read-more links: a whole line ("Read more", "Continue reading…", "Weiterlesen ...",
/// "[Leer más]", "Read the article → -") or the same phrase glued to the end of a teaser.
/// </summary>
internal sealed class ReadMoreRecognizer
{
    public static readonly string[] DefaultPhrases =
    [
        "read more", "read on", "read the article", "read article", "read the full article", "read full article",
        "read the full story", "read full story", "read the rest", "continue reading", "keep reading", "full story",
        "view article", "more", "weiterlesen", "mehr lesen", "mehr", "artikel lesen", "zum artikel", "zum beitrag",
        "leer más", "leer mas", "seguir leyendo", "leer artículo", "leer el artículo", "lire la suite", "lire plus",
        "continuer la lecture", "lire l'article", "lire l’article", "en savoir plus", "leggi tutto", "leggi di più",
        "continua a leggere", "leggi l'articolo", "leggi l’articolo", "ler mais", "leia mais", "continuar lendo",
        "continue lendo", "saiba mais", "lees meer", "verder lezen", "czytaj dalej", "devamını oku", "читать далее",
        "подробнее", "اقرأ المزيد", "المزيد", "أكمل القراءة", "اقرأ أكثر", "التفاصيل", "קרא עוד", "להמשך קריאה", "המשך קריאה",
        "lees verder", "läs mer", "läs mera", "läs vidare", "læs mere", "læs videre", "les videre", "les mer", "lue lisää", "czytaj więcej", "číst dále", "čítať ďalej", "celý článek",
        "tovább olvasom", "citește mai mult", "citeste mai mult", "baca selengkapnya", "selengkapnya", "xem thêm", "đọc tiếp",
        "devamı", "читать дальше", "читать полностью", "читати далі", "детальніше", "διαβάστε περισσότερα", "περισσότερα",
        "続きを読む", "もっと読む", "阅读全文", "阅读更多", "查看全文", "閱讀全文", "더보기", "기사 더보기", "อ่านต่อ", "और पढ़ें",
        "आगे पढ़ें", "थप पढ्नुहोस्", "पूरा पढ्नुहोस्", "আরও পড়ুন", "বিস্তারিত পড়ুন", "বিস্তারিত", "மேலும் படிக்க", "தொடர்ந்து படிக்க",
        "தொடர்ந்து படியுங்கள்", "مزید پڑھیں", "مزید پڑھیے", "ادامه مطلب", "ادامه خبر", "بیشتر بخوانید", "ተጨማሪ ያንብቡ", "soma zaidi",
        "endelea kusoma", "կարդալ ավելին", "ավելին", "ვრცლად", "სრულად", "baca lagi", "baca seterusnya", "baca selanjutnya",
        "lesa meira", "lesa áfram", "lexo më shumë", "lexo më tej", "lexo të plotë", "skaityti daugiau", "skaityti toliau", "plačiau",
        "pročitajte više", "pročitaj više", "opširnije", "прочитајте више", "детаљније", "les hele saken", "preberi več",
        "прочети още", "прочетете още", "прочети повече", "прочетете повече", "виж още", "вижте още", "виж повече", "вижте повече",
        "прочитај повеќе", "прочитајте повеќе", "повеќе", "читать ещё", "читать еще", "читати більше", "докладніше", "lasīt vairāk", "lasīt tālāk", "loe edasi", "loe lähemalt", "llegir més", "continua llegint",
        "weiter lesen", "mehr erfahren", "číst více", "číst celý článek", "celý příspěvek", "leer noticia", "leer la noticia",
        "read full post", "read the post", "zobacz więcej", "към новината", "към статията", "閱讀更多", "阅读更多内容",
    ];

    // A short decorated line that starts with a reading verb is a link ("+ + + Lesen Sie hier die vollständige Pressemitteilung + + +").
    private static readonly string[] LinkStarts =
    [
        "read ", "lesen sie", "weiterlesen", "lire ", "leer ", "leggi ", "leia ", "ler ", "continue reading", "continuer ",
        "seguir ", "continua ", "zum ", "zur ",
    ];

    // Single generic words, and verb phrases that end ordinary sentences ("… können Sie mehr erfahren.", "Děti by měly
    // číst více"), read as a link only on a line of their own; glued to prose they are just words.
    private static readonly string[] LineOnly =
    [
        "more", "mehr", "المزيد", "devamı", "selengkapnya", "περισσότερα", "детальніше", "বিস্তারিত", "ավելին", "ვრცლად", "სრულად",
        "plačiau", "opširnije", "детаљније", "повеќе", "докладніше", "weiter lesen", "mehr erfahren", "číst více", "leer noticia",
        "leer la noticia", "read the post", "zobacz więcej",
    ];

    private readonly WordSet _lines;
    private readonly WordMap<string[]> _byLastWord;

    private const int MaxPrefixLength = 40;

    private const int MaxMoreWordLength = 12;

    /// <summary>The longest link text, phrase and title, after a teaser's cut ("… Continue reading Title").</summary>
    private const int MaxNamedTitle = 200;

    // Phrases of two words or more, by their lower-cased first letter: a single word glued to a headline
    // ("MehrKinder…") is too likely a word of it.
    private readonly CharMap<string[]> _prefixesByFirst;

    public ReadMoreRecognizer(IEnumerable<string> extraPhrases)
    {
        var phrases = DefaultPhrases.Concat(extraPhrases.Select(p => p.Trim())).Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).ToList();
        _lines = new WordSet(phrases);

        // Glued links are looked up by their last word: one hash lookup rejects nearly every teaser.
        _prefixesByFirst = new(phrases.Where(p => !IsLineOnly(p) && p.Contains(' '))
            .GroupBy(p => SpanText.ToLower(p[0])).Select(g => new KeyValuePair<char, string[]>(g.Key, g.ToArray())));
        _byLastWord = new WordMap<string[]>(phrases.Where(p => !IsLineOnly(p))
            .GroupBy(p => LastWord(p.AsSpan()).ToString(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Tells whether the whole line is a read-more link.</summary>
    public bool IsLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 72)
        {
            return false;
        }

        var core = StripDecoration(line);
        if (_lines.Contains(core))
        {
            return true;
        }

        if (core.Length == line.Length || core.Length > 60)
        {
            return false;
        }

        foreach (var start in LinkStarts)
        {
            if (core.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly CharSet SentenceMarks = new(".!?:;,");

    /// <summary>A section name glued after a read-more link ("… Read moreMiddle East") is short.</summary>
    private const int MaxGluedSection = 30;

    /// <summary>
    /// Finds a read-more phrase glued to the end of a longer line; returns where the text before it ends, or -1.
    /// <paramref name="section"/> is where a section name glued after the link starts ("… Read moreBritain": a lower-case
    /// letter, then a capital, with no space), or -1.
    /// </summary>
    public int GluedStart(ReadOnlySpan<char> line, out int section)
    {
        section = GluedSection(line);
        if (section > 0 && GluedStart(line[..section]) is > 0 and var before)
        {
            return before;
        }

        section = -1;
        return GluedStart(line);
    }

    /// <summary>Finds where a short name glued to the last word of a line starts: up to three capitalized words after a lower-case letter, no space between; -1 for none.</summary>
    private static int GluedSection(ReadOnlySpan<char> line)
    {
        // A name ends in a letter; most teasers end in a full stop or a truncation mark and are done with here.
        if (line.IsEmpty || !char.IsLetter(line[^1]))
        {
            return -1;
        }

        var from = Math.Max(1, line.Length - MaxGluedSection);
        for (var i = line.Length - 1; i >= from; i--)
        {
            if (!char.IsUpper(line[i]) || !char.IsLower(line[i - 1]))
            {
                continue;
            }

            var tail = line[i..];
            var words = 1;
            foreach (var c in tail)
            {
                words += c == ' ' ? 1 : 0;
            }

            return words <= 3 && SentenceMarks.IndexOfAny(tail) < 0 ? i : -1;
        }

        return -1;
    }

    /// <summary>Finds a read-more phrase glued to the end of a longer line; returns where the text before it ends, or -1.</summary>
    public int GluedStart(ReadOnlySpan<char> line)
    {
        if (WordPressMoreLink(line) is > 0 and var more)
        {
            return more;
        }

        if (LinkAfterCut(line) is > 0 and var cut)
        {
            return cut;
        }

        if (MarkAfterCut(line) is > 0 and var mark)
        {
            return mark;
        }

        var end = line.Length;
        while (end > 0 && IsDecoration(line[end - 1]))
        {
            end--;
        }

        var core = line[..end];

        // "Continue reading “Title”": the link names the article it leads to.
        if (core.Length > 2 && core[^1] is '”' or '"' or '»' && core[..^1].LastIndexOfAny('“', '"', '«') is > 0 and var open)
        {
            core = TextRules.TrimOuterEnd(core[..open]);
        }

        return PhraseAtEnd(line, core);
    }

    /// <summary>Finds a known read-more phrase at the end of <paramref name="core"/> (the line without its trailing decoration); returns where the text before it ends in <paramref name="line"/>, or -1.</summary>
    private int PhraseAtEnd(ReadOnlySpan<char> line, ReadOnlySpan<char> core)
    {
        var lastWord = LastWord(core);
        if (core.IsEmpty || !_byLastWord.TryGetValue(lastWord, out var candidates))
        {
            return -1;
        }

        foreach (var phrase in candidates)
        {
            if (core.Length <= phrase.Length + 1 || !core.EndsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The link stands apart from the text, or is glued to it by a lost space ("…in mezzo aContinua a leggere").
            var start = core.Length - phrase.Length;
            var before = core[start - 1];
            if (char.IsLetterOrDigit(before) && !(char.IsUpper(core[start]) && (char.IsLower(before) || char.IsDigit(before))))
            {
                continue;
            }

            // Step back over the decoration between the teaser and the link ("… [Read more]").
            var textEnd = start;
            while (textEnd > 0 && (TextRules.IsOuterWhitespace(line[textEnd - 1]) || line[textEnd - 1] is '[' or '(' or '|' or '»' or '›' or '→' or '-' or '–'))
            {
                textEnd--;
            }

            return textEnd > 0 ? textEnd : -1;
        }

        return -1;
    }

    /// <summary>
    /// Finds a link that names its article after the teaser's cut ("… Continue reading Title", WordPress's default, or
    /// "… Read moreTitle" where the copy lost the space): a truncation marker, then a read-more phrase of two words or
    /// more, capitalized, and a title; returns where the teaser ends (its marker kept), or -1.
    /// </summary>
    private int LinkAfterCut(ReadOnlySpan<char> line)
    {
        var marker = line.LastIndexOf('…');
        var after = marker + 1;
        if (marker < 0)
        {
            marker = LastThreeDots(line);
            after = marker + 3;
        }

        after += after < line.Length && line[after] == ']' ? 1 : 0;
        var rest = marker > 0 ? line[after..].TrimStart() : [];
        if (rest.Length is < 4 or > MaxNamedTitle || char.IsLower(rest[0]) || _prefixesByFirst[SpanText.ToLower(rest[0])] is not { } prefixes)
        {
            return -1;
        }

        foreach (var phrase in prefixes)
        {
            // The title follows after a space, or glued where the copy lost it ("… Read moreTitle": a capital after the phrase).
            if (rest.Length > phrase.Length + 1 && rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (char.IsWhiteSpace(rest[phrase.Length]) || (char.IsUpper(rest[phrase.Length]) && char.IsLower(rest[phrase.Length - 1]))))
            {
                return after;
            }
        }

        return -1;
    }

    /// <summary>Returns where the last "..." of a line starts, or -1: the same as <c>LastIndexOf("...")</c>, at under half its cost on a line of prose.</summary>
    private static int LastThreeDots(ReadOnlySpan<char> line)
    {
        // The last run of three dots ends at the last full stop that has two more before it.
        for (var dot = line.LastIndexOf('.'); dot >= 2; dot = line[..dot].LastIndexOf('.'))
        {
            if (line[dot - 1] == '.' && line[dot - 2] == '.')
            {
                return dot - 2;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds a link that is only a mark, after the teaser's cut ("… »", "... →", "[…] ›"): the link's words were an
    /// image or an icon, and the mark is all the text it left. Returns where the teaser ends (its marker kept), or -1.
    /// </summary>
    private static int MarkAfterCut(ReadOnlySpan<char> line)
    {
        var core = TextRules.TrimOuterEnd(line);
        if (core.Length < 4 || core[^1] is not ('»' or '›' or '→'))
        {
            return -1;
        }

        var textEnd = core.Length - 1;
        while (textEnd > 0 && TextRules.IsOuterWhitespace(core[textEnd - 1]))
        {
            textEnd--;
        }

        var text = core[..textEnd];
        return textEnd < core.Length - 1 && (text.EndsWith("…", StringComparison.Ordinal) || text.EndsWith("...", StringComparison.Ordinal)
            || text.EndsWith("[…]", StringComparison.Ordinal) || text.EndsWith("[...]", StringComparison.Ordinal)) ? textEnd : -1;
    }

    /// <summary>
    /// Finds the "more" link that blog software puts after a cut post, in any language: one word and an ellipsis in
    /// parentheses at the end of a line ("… (more…)", "(meer…)", "(mehr...)"); returns where the text before it ends, or -1.
    /// </summary>
    private static int WordPressMoreLink(ReadOnlySpan<char> line)
    {
        var core = TextRules.TrimOuterEnd(line);
        if (core.Length < 8 || core[^1] != ')')
        {
            return -1;
        }

        core = core[..^1];
        core = core.EndsWith("...", StringComparison.Ordinal) ? core[..^3] : core.EndsWith("…", StringComparison.Ordinal) ? core[..^1] : [];
        var open = core.LastIndexOf('(');
        if (open <= 0 || core.Length - open - 1 is < 2 or > MaxMoreWordLength)
        {
            return -1;
        }

        foreach (var c in core[(open + 1)..])
        {
            if (!char.IsLetter(c))
            {
                return -1;
            }
        }

        var textEnd = open;
        while (textEnd > 0 && TextRules.IsOuterWhitespace(line[textEnd - 1]))
        {
            textEnd--;
        }

        return textEnd > 0 && textEnd < open ? textEnd : -1;
    }

    /// <summary>
    /// Finds a read-more phrase glued to the start of a line by a lost space ("Continue readingNext headline":
    /// the previous entry's link and the next headline); returns where the text after it starts, or 0.
    /// </summary>
    public int GluedPrefix(ReadOnlySpan<char> line)
    {
        // Most lines start with no phrase's letter; the few phrases that share it are compared as they are.
        if (line.IsEmpty || _prefixesByFirst[SpanText.ToLower(line[0])] is not { } prefixes)
        {
            return 0;
        }

        foreach (var phrase in prefixes)
        {
            if (line.Length > phrase.Length + 1 && MaySameLetter(line[1], phrase[1]) && line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                // The link may end in decoration, after a space ("Continue reading…", "أكمل القراءة »").
                var next = phrase.Length;
                while (next < line.Length && line[next] == ' ')
                {
                    next++;
                }

                var marks = next;
                while (next < line.Length && line[next] is '.' or '…' or '»' or '›' or '→')
                {
                    next++;
                }

                if (next >= Math.Min(line.Length, MaxPrefixLength))
                {
                    continue;
                }

                // The glue, near the line's start: a capital right after the phrase's last letter or after its
                // decoration, or a quote that opens a capitalized title ("Lees meer‘Als bestuur …"); in a script
                // without case (Arabic, Hebrew, CJK), a letter right after the decoration.
                var marked = next > marks;
                var c = line[next];
                var glued = next == phrase.Length && char.IsLower(line[next - 1]);
                if ((char.IsUpper(c) && (marked || glued))
                    || (glued && OpensQuote(c) && next + 1 < line.Length && char.IsUpper(line[next + 1]))
                    || (marked && char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c)))
                {
                    return next;
                }
            }
        }

        return 0;
    }

    private static bool OpensQuote(char c) =>
        c is '"' or '\'' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.OpenPunctuation;

    /// <summary>
    /// Rules out cheaply, before a case-insensitive comparison, two ASCII characters that differ in more than case;
    /// outside ASCII it says yes and leaves the answer to the comparison.
    /// </summary>
    private static bool MaySameLetter(char a, char b) => a >= 128 || b >= 128 || (a | 0x20) == (b | 0x20);

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text[start..];
    }

    private static bool IsLineOnly(string phrase)
    {
        foreach (var word in LineOnly)
        {
            if (phrase.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> StripDecoration(ReadOnlySpan<char> line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && IsDecoration(line[start]))
        {
            start++;
        }

        while (end > start && IsDecoration(line[end - 1]))
        {
            end--;
        }

        return line[start..end];
    }

    private static bool IsDecoration(char c) =>
        char.IsWhiteSpace(c) || c is '.' or '…' or '»' or '«' or '›' or '‹' or '→' or '⟶' or '>' or '<' or '[' or ']'
            or '(' or ')' or ':' or '-' or '–' or '—' or '|' or '+' or '*' or '•';
}
