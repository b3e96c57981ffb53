using ArticleParser.Lexing.Recognizers;

namespace ArticleParser.Tests.Support;

/// <summary>The vocabulary of the line recognizers, read from the library where it is reachable and listed here where it is private.</summary>
public static class RecognizerVocabulary
{
    private static readonly string[] Listed =
    [
        // "By" words, field labels, reading time and noise (MetaRecognizer keeps these private).
        "by", "By", "von", "par", "por", "di", "door", "from", "From", "Author", "written", "Written", "posted", "Posted",
        "Source", "source", "Length", "Quelle", "Fuente", "Category", "Categories", "Kategorie", "Tags", "Tag", "Filed",
        "Reading", "Lesezeit", "Temps", "Lectura", "Rubrik", "Sección", "min", "mins", "minutes", "read", "Permalink",
        "Comments", "comments", "Reply", "Share", "the", "The", "of", "and", "New",
        // Chrome and navigation.
        "Latest", "Latest articles", "Page", "Seite", "Issue", "Issue #", "No", "Vol.", "©", "(c)", "Photo:", "Foto:", "Credit:",
        "Contact us", "Donate", "Subscribe", "Next", "Previous", "«", "»", "‹", "›", "…", "...",
        // Numbers in date, time and page shapes.
        "0", "1", "3", "12", "13", "25", "25.", "31", "99", "2019", "2023", "1799", "2201", "9999", "14h30", "10:15", "25:99",
        "07/03/17", "12/31/2023", "31/12/2023", "2023-05-26", "2023-13-45", "26.05.2023", "1.2.3", "1-2", "1/2", "3rd", "21st",
        // Names and ordinary words.
        "Jane", "Doe", "Marta", "Russo", "Claire", "Vasseur", "de", "van", "der", "Workers", "Strike", "Title", "Headline",
        // Punctuation and brackets.
        "|", ",", "-", "–", "—", "•", ":", ".", "!", "?", "(", ")", "[", "]", "[…]", "\"", "'", "’", "/", "#", "+",
    ];

    /// <summary>Gets every token: the listed ones plus the library's date vocabulary and read-more phrases.</summary>
    public static readonly string[] Tokens =
    [
        .. Listed,
        .. DateVocabulary.Months.Keys,
        .. DateVocabulary.Weekdays.Words,
        .. DateVocabulary.Connectors.Words,
        .. DateVocabulary.Prefixes.Words,
        .. DateVocabulary.TimeWords.Words,
        .. DateVocabulary.RelativeUnits.Words,
        .. DateVocabulary.RelativeMarkers.Words,
        .. DateVocabulary.Today.Words,
        .. ReadMoreRecognizer.DefaultPhrases,
    ];
}
