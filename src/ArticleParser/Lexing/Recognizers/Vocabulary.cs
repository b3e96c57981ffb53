using ArticleParser.Compat;

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Names the word lists of the metadata and date rules a word can belong to; the month a word names (1 to 12) is
/// kept in the <see cref="Month"/> bits.
/// </summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Weekday = 1 << 0,
    Connector = 1 << 1,
    DatePrefix = 1 << 2,
    TimeWord = 1 << 3,
    RelativeUnit = 1 << 4,
    RelativeMarker = 1 << 5,
    Today = 1 << 6,
    By = 1 << 7,
    NotName = 1 << 8,
    Noise = 1 << 9,
    NameConnector = 1 << 10,
    FieldLabel = 1 << 11,
    Comment = 1 << 12,
    ReadingTime = 1 << 13,

    /// <summary>Marks a word that has been looked up (its classes may still be none).</summary>
    Known = 1 << 15,
    Month = 0xFu << Vocabulary.MonthShift,
}

/// <summary>
/// Holds every word list of <see cref="DateVocabulary"/> and <see cref="MetaRecognizer"/> in one map, so that a word
/// is looked up once for all of them (<see cref="Words.Is"/>) however many rules ask about it.
/// </summary>
internal static class Vocabulary
{
    public const int MonthShift = 16;

    private static readonly WordMap<WordClass> Map = Build();

    /// <summary>Returns the classes of a word: the lists whose sets contain it, as <see cref="WordSet.Contains"/> tells.</summary>
    public static WordClass Of(ReadOnlySpan<char> word) => Map.TryGetValue(word, out var classes) ? classes : WordClass.None;

    private static WordMap<WordClass> Build()
    {
        // Keyed like WordMap keys its entries (lower-cased, ordinal), so a word has a class exactly when its list's set holds it.
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass kind)
        {
            foreach (var word in words)
            {
                var key = word.ToLowerInvariant();
                classes[key] = (classes.TryGetValue(key, out var had) ? had : WordClass.None) | kind;
            }
        }

        Add(DateVocabulary.Weekdays.Words, WordClass.Weekday);
        Add(DateVocabulary.Connectors.Words, WordClass.Connector);
        Add(DateVocabulary.Prefixes.Words, WordClass.DatePrefix);
        Add(DateVocabulary.TimeWords.Words, WordClass.TimeWord);
        Add(DateVocabulary.RelativeUnits.Words, WordClass.RelativeUnit);
        Add(DateVocabulary.RelativeMarkers.Words, WordClass.RelativeMarker);
        Add(DateVocabulary.Today.Words, WordClass.Today);
        Add(MetaRecognizer.ByWords.Words, WordClass.By);
        Add(MetaRecognizer.NotNames.Words, WordClass.NotName);
        Add(MetaRecognizer.Noise.Words, WordClass.Noise);
        Add(MetaRecognizer.NameConnectors.Words, WordClass.NameConnector);
        Add(MetaRecognizer.FieldLabels.Words, WordClass.FieldLabel);
        Add(MetaRecognizer.CommentWords.Words, WordClass.Comment);
        Add(MetaRecognizer.ReadingTime.Words, WordClass.ReadingTime);
        foreach (var name in DateVocabulary.Months.Keys)
        {
            DateVocabulary.Months.TryGetValue(name.AsSpan(), out var month);
            Add([name], (WordClass)((uint)month << MonthShift));
        }

        return new WordMap<WordClass>(classes);
    }
}
