using ArticleParser.Compat;

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Recognizes page chrome: section headers, navigation and pagination, issue labels, photo credits,
/// promotion (donate, subscribe) and contact lines, in the languages the parser reads.
/// </summary>
internal sealed class ChromeRecognizer
{
    public const int MaxLength = 120;

    private const int MaxPagerLinkLength = 40;

    private const int MaxPrefixLength = 24;

    /// <summary>Words a row of page numbers may hold ("Na gaba", "Next page").</summary>
    private const int MaxPagerWords = 3;

    private static readonly (string Phrase, ListingBlockKind Kind)[] DefaultExact =
    [
        .. Phrases(ListingBlockKind.SectionHeader,
            "latest", "latest articles", "latest news", "latest stories", "latest posts", "recent posts", "recent articles",
            "featured", "featured articles", "featured stories", "top stories", "top picks", "editor's picks", "editors' picks",
            "editor’s picks", "most read", "most popular", "popular", "trending", "related", "related articles", "related posts",
            "more news", "more stories", "news", "archive", "archives", "cover stories", "in the news", "categories", "tags",
            "publications", "aktuelles", "neueste artikel", "neueste beiträge", "meistgelesen", "nachrichten", "themen",
            "derniers articles", "à la une", "les plus lus", "actualités", "dernières actualités", "últimas noticias",
            "lo más leído", "destacados", "noticias", "ultime notizie", "in evidenza", "più letti", "ultimi articoli",
            "últimas notícias", "destaques", "mais lidas", "notícias", "laatste nieuws", "nieuws"),
        .. Phrases(ListingBlockKind.Navigation,
            "previous", "next", "prev", "older posts", "newer posts", "older entries", "newer entries", "older", "newer",
            "previous page", "next page", "previous posts", "next posts", "load more", "show more", "view all", "see all",
            "view more", "see more", "more articles", "all articles", "back to top", "home", "first", "last",
            "zurück", "weiter", "vorherige", "nächste", "vorherige seite", "nächste seite", "mehr laden", "alle artikel",
            "précédent", "suivant", "page précédente", "page suivante", "voir plus", "voir tout", "tous les articles",
            "anterior", "siguiente", "página anterior", "página siguiente", "ver más", "ver todo", "cargar más",
            "precedente", "successivo", "successiva", "pagina precedente", "pagina successiva", "carica altri", "vedi tutti",
            "próximo", "próxima", "ver mais", "carregar mais", "vorige", "volgende", "share", "tweet", "comments",
            "leave a comment", "no comments", "print", "email",
            // Paging in more languages: a page's own "older posts" under the last record.
            "oudere berichten", "nieuwere berichten", "meer laden", "seguinte", "mensagens mais antigas", "mais antigos",
            "äldre inlägg", "nyare inlägg", "nästa", "föregående", "ældre indlæg", "nyere indlæg", "eldre innlegg",
            "nyere innlegg", "neste", "forrige", "seuraava", "edellinen", "vanhemmat artikkelit", "uudemmat artikkelit",
            "następna", "poprzednia", "następna strona", "poprzednia strona", "starsze wpisy", "nowsze wpisy",
            "další", "předchozí", "starší příspěvky", "novější příspěvky", "ďalšie", "predchádzajúce", "következő",
            "előző", "următoarea", "anterioara", "mai multe", "sljedeća", "prethodna", "sledeća", "следующая",
            "предыдущая", "далее", "назад", "ещё", "показать ещё", "наступна", "попередня", "επόμενη", "προηγούμενη",
            "önceki", "sonraki", "daha fazla", "sebelumnya", "berikutnya", "selanjutnya", "muat lebih banyak",
            "trang sau", "trang trước", "xem thêm", "التالي", "السابق", "المزيد", "הבא", "הקודם", "上一页", "下一页",
            "上一頁", "下一頁", "更多", "加载更多", "首页", "末页", "前のページ", "次のページ", "前へ", "次へ",
            "もっと見る", "이전", "다음", "더보기"),
        .. Phrases(ListingBlockKind.Promotion,
            "donate", "donate now", "support us", "subscribe", "subscribe now", "sign up", "newsletter", "become a member",
            "join us", "spenden", "jetzt spenden", "abonnieren", "faire un don", "s'abonner", "s’abonner", "dona",
            "dona ahora", "suscríbete", "abbonati", "assine", "doe"),
    ];

    /// <summary>
    /// The words blog software prints under a post whose comments are closed, in place of a comment count: alone, or with
    /// their own word and the post's title after them (WordPress's "Comments Off on Title", "Kommentare deaktiviert für
    /// Title"). A headline that starts with such words and goes on otherwise ("Comments off the record: …") is text.
    /// </summary>
    private static readonly (string Words, string? Before)[] CommentsClosed =
    [
        ("comments off", "on"), ("kommentare deaktiviert", "für"), ("commentaires fermés", "sur"), ("comentarios desactivados", "en"),
        ("commenti disabilitati", "su"), ("comentários desativados", "em"), ("reacties uitgeschakeld", "voor"),
        ("comments are closed", null), ("kommentare geschlossen", null), ("i commenti sono chiusi", null),
        ("comentarios cerrados", null), ("comentários encerrados", null), ("reacties zijn gesloten", null),
    ];

    private static readonly (string Prefix, ListingBlockKind Kind)[] DefaultPrefixes =
    [
        .. Phrases(ListingBlockKind.Credit,
            "©", "(c) ", "photo:", "photo by", "photos:", "photograph:", "image:", "images:", "credit:", "credits:",
            "illustration:", "foto:", "fotos:", "bild:", "bildquelle", "symbolbild", "crédit", "crédits", "credito:", "crédito:"),
        .. Phrases(ListingBlockKind.Contact,
            "contact us", "contact:", "contactez", "kontakt", "contacto", "contatti", "contato", "email:", "e-mail:",
            "tel:", "phone:", "telefon:", "téléphone"),
        .. Phrases(ListingBlockKind.Promotion,
            "donate to", "support our", "subscribe to", "sign up for", "sign up to", "become a member", "unterstützen sie",
            "abonnez-vous", "soutenez"),
        .. Phrases(ListingBlockKind.Navigation, "page ", "seite ", "página ", "pagina ", "showing ", "displaying "),
        .. CommentsClosed.Select(phrase => (phrase.Words, ListingBlockKind.Navigation)),
        .. Phrases(ListingBlockKind.IssueLabel, "issue #", "issue no", "ausgabe ", "numéro ", "número ", "vol. "),
    ];

    private readonly WordMap<ListingBlockKind> _exact;
    private readonly CharMap<(string Prefix, ListingBlockKind Kind)[]> _prefixesByFirst;

    public ChromeRecognizer(IEnumerable<KeyValuePair<string, ListingBlockKind>> extraPhrases)
    {
        var exact = new Dictionary<string, ListingBlockKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, kind) in DefaultExact)
        {
            exact[phrase] = kind;
        }

        foreach (var pair in extraPhrases)
        {
            exact[pair.Key.Trim()] = pair.Value;
        }

        _exact = new WordMap<ListingBlockKind>(exact);

        // Prefixes are looked up by their first letter, so a headline is checked against a handful at most.
        _prefixesByFirst = new(DefaultPrefixes.GroupBy(p => char.ToLowerInvariant(p.Prefix[0]))
            .Select(g => new KeyValuePair<char, (string Prefix, ListingBlockKind Kind)[]>(g.Key, g.ToArray())));
    }

    public bool TryClassify(ReadOnlySpan<char> line, out ListingBlockKind kind)
    {
        kind = ListingBlockKind.Text;
        if (line.Length > MaxLength)
        {
            return false;
        }

        var core = line.Trim("«»‹›<>←→:|·•-–— ".AsSpan());
        if (core.IsEmpty)
        {
            return false;
        }

        if (_exact.TryGetValue(core, out kind))
        {
            return true;
        }

        if (_prefixesByFirst[SpanText.ToLower(core[0])] is { } prefixes)
        {
            foreach (var (prefix, prefixKind) in prefixes)
            {
                if (StartsWithLowered(core, prefix) && MatchesPrefixRule(core, prefix, prefixKind))
                {
                    kind = prefixKind;
                    return true;
                }
            }
        }

        // "Mahnwache am Rand (Foto: K. Albrecht)", "Vereadores votaram o projeto. Foto: Divulgação": an image caption with its credit.
        if ((core.Length > 0 && core[^1] == ')' && HasCreditInParentheses(core)) || HasTrailingCredit(core) || HasCreditSentence(core))
        {
            kind = ListingBlockKind.Credit;
            return true;
        }

        // A row of page links holds two numbers at least: a line without a digit is spared the walk over its words.
        if (((SpanText.IsDigit(core[0]) || char.IsLetter(core[0]) || core[0] is '«' or '‹' or '<') && SpanText.HasDigit(core) && IsPageNumbers(core)) || IsPagerLink(line))
        {
            kind = ListingBlockKind.Navigation;
            return true;
        }

        kind = ListingBlockKind.Text;
        return false;
    }

    /// <summary>Finds the comments-closed words a prefix of the table is (<see cref="CommentsClosed"/>), or null.</summary>
    private static (string Words, string? Before)? ClosedCommentsWord(string prefix)
    {
        // The prefix table holds these very strings (DefaultPrefixes), so a prefix of another rule never matches one.
        foreach (var phrase in CommentsClosed)
        {
            if (ReferenceEquals(phrase.Words, prefix))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// Tells whether what follows comments-closed words leaves the line saying that a post's comments are closed: nothing
    /// (a full stop at most), or their own word <paramref name="before"/> and the post's title.
    /// </summary>
    private static bool ClosesComments(ReadOnlySpan<char> rest, string? before)
    {
        rest = rest.TrimEnd('.');
        return rest.IsEmpty
            || (before is not null && rest.Length > before.Length + 2 && rest[0] == ' ' && rest[before.Length + 1] == ' '
                && rest.Slice(1, before.Length).Equals(before.AsSpan(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Words a pager link holds at most ("« Entraes más vieyes", "Eldri færslur »", "← Older posts").</summary>
    private const int MaxPagerLinkWords = 4;

    /// <summary>
    /// Tells whether a line is a pager link in any language: a few words after an arrow that points back, or before one
    /// that points on, with no arrow of the other way (a quotation in guillemets, "« Il faut agir »", is text).
    /// </summary>
    private static bool IsPagerLink(ReadOnlySpan<char> line)
    {
        if (line.Length is < 3 or > MaxPagerLinkLength)
        {
            return false;
        }

        var back = line[0] is '«' or '‹' or '←' && line[1] == ' ' && line.IndexOfAny('»', '›', '→') < 0;
        var on = line[^1] is '»' or '›' or '→' && line[^2] == ' ' && line.IndexOfAny('«', '‹', '←') < 0;
        if (!(back || on) || !SpanText.HasLetter(line))
        {
            return false;
        }

        var words = 1;
        foreach (var c in line.Trim("«»‹›←→ ".AsSpan()))
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= MaxPagerLinkWords;
    }

    /// <summary>Tells whether the line, lower-cased, starts with a (lower-case) prefix of at most <see cref="MaxPrefixLength"/> characters.</summary>
    /// <remarks>
    /// Lower-cases a character at a time and stops at the first that differs: most lines that share a prefix's first
    /// letter differ at the second, so lower-casing the whole head of the line first cost more than all the comparisons.
    /// </remarks>
    private static bool StartsWithLowered(ReadOnlySpan<char> line, string prefix)
    {
        if (prefix.Length > Math.Min(line.Length, MaxPrefixLength))
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (SpanText.ToLower(line[i]) != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    // "Page 3 of 9" is navigation; "Page Turners: Summer Books" is a headline. Issue labels need a number.
    private static bool MatchesPrefixRule(ReadOnlySpan<char> core, string prefix, ListingBlockKind kind) => kind switch
    {
        ListingBlockKind.Navigation when ClosedCommentsWord(prefix) is { } closed => ClosesComments(core[prefix.Length..], closed.Before),
        ListingBlockKind.Navigation or ListingBlockKind.IssueLabel => StartsWithNumber(core[prefix.Length..]) && core.Length <= 40,
        _ => true,
    };

    /// <summary>Tells whether a credit line is an image caption that carries its credit: "Blick auf die Hallen (Foto: Archiv)".</summary>
    public static bool IsCaptionWithCredit(ReadOnlySpan<char> line) =>
        (line.Length > 0 && line[^1] == ')' && line.LastIndexOf('(') > 3 && HasCreditInParentheses(line)) || HasTrailingCredit(line)
        || HasCreditSentence(line);

    /// <summary>The least caption text before a trailing credit, and the most credit text after its colon.</summary>
    private const int MinCaptionBeforeCredit = 15;

    private const int MaxTrailingCredit = 40;

    /// <summary>
    /// Tells whether a line is an image caption that ends in its credit after a space: "Novo setor tem capacidade para
    /// 40 pacientes. Foto: Secom", "Blick auf den Hafen Bild: KEYSTONE". The credit is short and comes last.
    /// </summary>
    private static bool HasTrailingCredit(ReadOnlySpan<char> core)
    {
        var colon = core.LastIndexOf(':');
        if (colon < MinCaptionBeforeCredit || core.Length - colon - 1 > MaxTrailingCredit || core.Length - colon < 3)
        {
            return false;
        }

        var space = core[..colon].LastIndexOf(' ');
        if (space < MinCaptionBeforeCredit)
        {
            return false;
        }

        var word = core[(space + 1)..colon];
        foreach (var marker in TrailingCreditWords)
        {
            if (word.Equals(marker.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a line is an image caption whose last sentence is its credit, a credit word and a by-word among the
    /// next three words: "Oren Maitland. Photo via Valley Public Radio.", "The studios. Photo (cc) 2022 by Tom Galloway.".
    /// </summary>
    private static bool HasCreditSentence(ReadOnlySpan<char> core)
    {
        var end = core.Length > 0 && core[^1] == '.' ? core.Length - 1 : core.Length;
        var stop = LastSentenceEnd(core[..end], Math.Max(1, end - MaxCreditSentence - 2));
        if (stop < MinCaptionSentence || end - stop - 2 > MaxCreditSentence)
        {
            return false;
        }

        var sentence = core[(stop + 2)..end];
        var space = sentence.IndexOf(' ');
        if (space <= 0 || !IsOneOf(sentence[..space], TrailingCreditWords))
        {
            return false;
        }

        // A by-word among the three words after the credit word ("via", "(cc) 2022 by", "courtesy of"), then a name to the
        // sentence's end: "Photo by photo, the hall comes back" and "Image courtesy of the city" are a teaser's words.
        var rest = sentence[(space + 1)..];
        for (var word = 0; word < 3 && !rest.IsEmpty; word++)
        {
            var next = rest.IndexOf(' ');
            if (next > 0 && IsOneOf(rest[..next], CreditByWords))
            {
                return IsCreditedName(rest[(next + 1)..]);
            }

            rest = next < 0 ? default : rest[(next + 1)..];
        }

        return false;
    }

    /// <summary>Tells whether a credit's last words are a name: one to five words, each capitalized ("of" may lead them).</summary>
    private static bool IsCreditedName(ReadOnlySpan<char> name)
    {
        name = name.StartsWith("of ".AsSpan(), StringComparison.Ordinal) ? name[3..] : name;
        var words = 0;
        while (!name.IsEmpty)
        {
            var space = name.IndexOf(' ');
            var word = space < 0 ? name : name[..space];
            if (word.IsEmpty || !char.IsUpper(word[0]) || ++words > MaxCreditNameWords)
            {
                return false;
            }

            name = space < 0 ? default : name[(space + 1)..];
        }

        return words > 0;
    }

    private const int MaxCreditNameWords = 5;

    /// <summary>Finds the last full stop followed by a space at or after <paramref name="from"/>, or -1.</summary>
    private static int LastSentenceEnd(ReadOnlySpan<char> text, int from)
    {
        for (var i = text.Length - 2; i >= from; i--)
        {
            if (text[i] == '.' && text[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The least caption before a credit sentence, and the most that sentence runs to.</summary>
    private const int MinCaptionSentence = 10;

    private const int MaxCreditSentence = 48;

    private static readonly string[] CreditByWords = ["by", "via", "courtesy", "von", "par", "de", "di", "door", "av", "por"];

    private static readonly string[] TrailingCreditWords =
        ["foto", "fotos", "photo", "photos", "bild", "image", "credit", "crédit", "crédito", "credito", "imagen", "fonte", "фото", "zdjęcie", "kuva"];

    private static bool HasCreditInParentheses(ReadOnlySpan<char> core)
    {
        var open = core.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var inner = core[(open + 1)..];
        foreach (var marker in CreditMarkers)
        {
            if (inner.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CreditMarkers = ["foto", "photo", "bild", "image", "credit", "crédit", "©", "symbolbild", "quelle"];

    private static bool StartsWithNumber(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(" #".AsSpan());
        return !rest.IsEmpty && SpanText.IsDigit(rest[0]);
    }

    /// <summary>
    /// Tells whether a line is a row of page links: "1 2 3 … 17", "« 1 2 3 »", or three rising page numbers at least
    /// with a few words for "next" or "previous" in any language ("1 2 3 … Na gaba »", "이전 1 2 3 4 5 다음").
    /// </summary>
    private static bool IsPageNumbers(ReadOnlySpan<char> core)
    {
        var (digits, numbers, words) = (0, 0, 0);
        var (value, previous, rising) = (0, -1, true);
        var (inNumber, inWord) = (false, false);
        foreach (var c in core)
        {
            if (SpanText.IsDigit(c))
            {
                digits++;
                (numbers, value) = inNumber ? (numbers, (value * 10) + (c - '0')) : (numbers + 1, c - '0');
                (inNumber, inWord) = (true, false);
                continue;
            }

            if (inNumber)
            {
                (rising, previous, inNumber) = (rising && value > previous && value < 1000, value, false);
            }

            if (char.IsLetter(c))
            {
                words += inWord ? 0 : 1;
                if (words > MaxPagerWords)
                {
                    return false; // a line of text, not a row of page links: said at its fourth word, not its last
                }

                inWord = true;
                continue;
            }

            inWord = false;
            if (!(char.IsWhiteSpace(c) || c is '…' or '.' or '|' or '/' or '«' or '»' or '‹' or '›' or '<' or '>' or '-' or '–'))
            {
                return false;
            }
        }

        rising &= !inNumber || (value > previous && value < 1000);
        return numbers >= 2 && digits <= numbers * 3 && (words == 0 || (numbers >= 3 && words <= MaxPagerWords && rising));
    }

    private static IEnumerable<(string, ListingBlockKind)> Phrases(ListingBlockKind kind, params string[] phrases) =>
        phrases.Select(p => (p, kind));
}
