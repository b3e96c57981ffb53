namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Splits a short line into words: runs of letters and digits (with inner apostrophes, dots of
/// abbreviations and the separators of numeric dates and times), each with its position.
/// </summary>
/// <remarks>Recognizers only look at lines short enough to be metadata, so a fixed capacity suffices.</remarks>
internal ref struct Words
{
    public const int Capacity = 24;

    private readonly Span<WordSlot> _slots;

    public Words(ReadOnlySpan<char> line, Span<WordSlot> storage)
    {
        Line = line;
        _slots = storage;
        Count = 0;
        var i = 0;
        while (i < line.Length && Count < storage.Length)
        {
            if (!char.IsLetterOrDigit(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || IsMark(line[i]) || IsInner(line, i)))
            {
                i++;

                // "14h30Claire Vasseur", "6 min readJul 25": a capital glued to a digit or a lower-case
                // letter starts a new word (HTML-to-text conversion drops the space between two elements).
                // Scripts without capitals show the same glue as a letter right after a digit ("08مقالات").
                if (i < line.Length && ((char.IsUpper(line[i]) && (Compat.SpanText.IsDigit(line[i - 1]) || char.IsLower(line[i - 1])))
                    || (IsRightToLeftLetter(line[i]) && Compat.SpanText.IsDigit(line[i - 1]))))
                {
                    break;
                }
            }

            _slots[Count++] = new WordSlot(start, i);
        }

        Truncated = i < line.Length && HasMoreWords(line[i..]);
    }

    public ReadOnlySpan<char> Line { get; }

    public int Count { get; private set; }

    /// <summary>Gets a value indicating whether the line had more words than the storage holds.</summary>
    public bool Truncated { get; }

    public readonly ReadOnlySpan<char> this[int index] => Line.Slice(_slots[index].Start, _slots[index].End - _slots[index].Start);

    public readonly int Start(int index) => _slots[index].Start;

    public readonly int End(int index) => _slots[index].End;

    /// <summary>Tells whether word <paramref name="index"/> is in any of the word lists <paramref name="classes"/> names.</summary>
    public readonly bool Is(int index, WordClass classes) => (ClassesOf(index) & classes) != 0;

    /// <summary>Tells whether word <paramref name="index"/> names a month ("May", "mai", "Mar." without its dot), and which.</summary>
    public readonly bool IsMonth(int index, out int month)
    {
        month = (int)((uint)(ClassesOf(index) & WordClass.Month) >> Vocabulary.MonthShift);
        if (month > 0)
        {
            return true;
        }

        var word = this[index];
        return (word.Length > 1 && word[^1] == '.' && DateVocabulary.Months.TryGetValue(word[..^1], out month)) || IsNumberedMonth(word, out month);
    }

    /// <summary>
    /// Tells whether a word is a month written as its number and the Chinese, Japanese or Korean word for month
    /// ("04月", "4월"): how those localisations print the month's name, so that "4月 18, 2015" reads like "April 18, 2015".
    /// </summary>
    public static bool IsNumberedMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        return word.Length is 2 or 3 && word[^1] is '月' or '월' && IsNumber(word[..^1], out month) && month is >= 1 and <= 12;
    }

    /// <summary>Looks a word up in the <see cref="Vocabulary"/> the first time a rule asks about it; the slot keeps the answer.</summary>
    private readonly WordClass ClassesOf(int index)
    {
        ref var slot = ref _slots[index];
        if (slot.Classes == WordClass.None)
        {
            slot.Classes = WordClass.Known | Vocabulary.Of(this[index]);
        }

        return slot.Classes;
    }

    /// <summary>Gets the characters between word <paramref name="index"/> - 1 and word <paramref name="index"/> (or the line start).</summary>
    public readonly ReadOnlySpan<char> Gap(int index) => index == 0 ? Line[..Start(0)] : Line[End(index - 1)..Start(index)];

    public static bool IsNumber(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        if (word.IsEmpty || word.Length > 4)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // An apostrophe, hyphen, dot, slash or colon between two letters/digits stays inside the word:
    // "Women’s", "Abu-Jamal", "2023-05-26", "26.05.2023", "10:15", "J.R". A dot between a digit and a letter parts
    // two words: "06.mart 2026" is a day and a month.
    private static bool IsInner(ReadOnlySpan<char> line, int i) =>
        line[i] is '\'' or '’' or '-' or '.' or '/' or ':'
        && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1])
        && i > 0 && char.IsLetterOrDigit(line[i - 1])
        && !(line[i] == '.' && char.IsDigit(line[i - 1]) != char.IsDigit(line[i + 1]));

    /// <summary>Tells whether a character is a combining mark, part of the word it follows: the vowel signs of Devanagari, Bengali, Thai and other scripts (<c>मंगलबार</c>).</summary>
    public static bool IsMark(char c) =>
        c > '\u02FF' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>Tells whether a character is a Hebrew or Arabic letter: no word of those scripts starts with a digit.</summary>
    private static bool IsRightToLeftLetter(char c) => c is >= '\u05D0' and <= '\u06FF' && char.IsLetter(c);

    private static bool HasMoreWords(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Holds one word of <see cref="Words"/>: where it is in the line, and its vocabulary classes once asked.</summary>
/// <remarks>Offsets, not a <see cref="Range"/>: rules slice words many times a line, and a range's ends must be resolved each time.</remarks>
internal struct WordSlot(int start, int end)
{
    public readonly int Start = start;
    public readonly int End = end;
    public WordClass Classes;
}
