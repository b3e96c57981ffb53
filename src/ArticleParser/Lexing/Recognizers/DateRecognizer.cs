namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// A calendar date read from a listing (a portable stand-in for <c>DateOnly</c>), and for a numeric date, what told its
/// order of day and month (<see cref="NumericOrder"/>).
/// </summary>
internal readonly record struct CalendarDate(int Year, int Month, int Day, NumericOrder Order = NumericOrder.Fixed)
{
    /// <summary>Gets the date with its day and month the other way round (a numeric date of either order read month-first).</summary>
    public CalendarDate Swapped => new(Year, Day, Month, NumericOrder.MonthFirst);
}

/// <summary>What tells the order of a numeric date's day and month.</summary>
internal enum NumericOrder : byte
{
    /// <summary>A named month, a year first (ISO 8601) or dots (day first by convention): the order is the format's.</summary>
    Fixed,

    /// <summary>A first number above 12 (<c>25/04/2024</c>): the page writes day first.</summary>
    DayFirst,

    /// <summary>A second number above 12 (<c>04/25/2024</c>): the page writes month first.</summary>
    MonthFirst,

    /// <summary>
    /// Both numbers 12 or below (<c>03/04/2024</c>): read day first here, but only the page's other dates tell (see
    /// <c>Layout.DateOrder</c>); until they do, the date has no calendar day.
    /// </summary>
    Either,
}

/// <summary>
/// Finds a publication date in a short line: named months in seven languages ("May 26, 2023",
/// "25. August 2016", "26 de mayo de 2023", "3 mars 2023 - 10:15"), numeric dates ("2023-05-26",
/// "26.05.2023", "07/03/17") and relative dates ("3 hours ago", "vor 2 Tagen").
/// </summary>
internal static class DateRecognizer
{
    /// <summary>The one-character weekdays of Japanese, Korean and Chinese dates ("(水)", "(월)", "(三)").</summary>
    private const string CjkWeekdays = "月火水木金土日월화수목금토일一二三四五六";

    /// <summary>Matches a date that runs from word <paramref name="first"/>; returns the index after its last word, or -1.</summary>
    public static int MatchAt(in Words words, int first, out CalendarDate? date)
    {
        date = null;
        var i = first;
        if (i < words.Count && words.Is(i, WordClass.Weekday) && LeadsDate(words, i))
        {
            i = SkipWeekdayArticle(words, SkipConnectors(words, i + 1)); // "Monday the 5th", "lundi le 3 mars", "Tirsdag d. 14. Oktober"
        }

        var end = MatchNamedMonth(words, i, out date);
        if (end < 0)
        {
            end = MatchNumeric(words, i, out date);
        }

        if (end < 0)
        {
            end = first == i ? MatchRelative(words, i) : -1;
        }

        // A weekday may follow the date too ("13 Şubat 2026 Cuma - 15:01"), as a weekday leads it elsewhere.
        end = end >= 0 && first == i && end < words.Count && words.Is(end, WordClass.Weekday) ? end + 1 : end;
        return end < 0 ? -1 : SkipTime(words, end);
    }

    private static int MatchNamedMonth(in Words words, int i, out CalendarDate? date)
    {
        date = null;
        if (i >= words.Count)
        {
            return -1;
        }

        // Day first: "25 August 2016", "25. August 2016", "26 de mayo de 2023", "1er mars".
        if (IsDay(words[i], out var day))
        {
            return MatchAfterDay(words, i, day, out date);
        }

        // Year first: "2026 يناير 08", an Arabic date in the order a right-to-left page shows it.
        if (TryYearFirst(words, i, out date, out var end))
        {
            return end;
        }

        // Month first: "May 26, 2023", "mayo 26 2023", "March 2023".
        return MatchMonthFirst(words, i, out date);
    }

    /// <summary>Matches the month and optional year after the day at word <paramref name="i"/>; -1 without a month.</summary>
    private static int MatchAfterDay(in Words words, int i, int day, out CalendarDate? date)
    {
        date = null;
        var m = SkipConnectors(words, i + 1);
        if (m < words.Count && words.IsMonth(m, out var month))
        {
            var y = SkipConnectors(words, m + 1);
            if (y < words.Count && IsYear(words[y], out var year))
            {
                date = Create(year, month, day);
                return y + 1;
            }

            // A year of two digits ends the words ("21 Sep 25"): elsewhere two digits after a date are a count ("21 Sep 25 readers").
            if (y == words.Count - 1 && IsShortYear(words[y], out var shortYear))
            {
                date = Create(shortYear, month, day);
                return y + 1;
            }

            return m + 1;
        }

        return -1;
    }

    /// <summary>Tells whether a year, a month and a day start at word <paramref name="i"/>; <paramref name="end"/> is -1 for an invalid date.</summary>
    private static bool TryYearFirst(in Words words, int i, out CalendarDate? date, out int end)
    {
        date = null;
        end = -1;
        if (IsYear(words[i], out var year))
        {
            var m = SkipConnectors(words, i + 1);
            var d = m + 1 < words.Count ? SkipConnectors(words, m + 1) : words.Count;
            if (d < words.Count && words.IsMonth(m, out var month) && IsDay(words[d], out var day))
            {
                date = Create(year, month, day);
                end = date is null ? -1 : d + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches a month followed by a day and a year, or by a year alone, at word <paramref name="i"/>.</summary>
    private static int MatchMonthFirst(in Words words, int i, out CalendarDate? date)
    {
        date = null;
        if (words.IsMonth(i, out var month))
        {
            var d = SkipConnectors(words, i + 1);
            if (d < words.Count && IsDay(words[d], out var day))
            {
                var y = SkipConnectors(words, d + 1);
                if (y < words.Count && IsYear(words[y], out var year))
                {
                    date = Create(year, month, day);
                    return y + 1;
                }

                // Without a year only where the month and day are the line's words ("nov 14", as "14 nov" is read): a
                // blog's day line, whose year the page gives elsewhere. Words after it would make it a headline's ("May 26
                // events …"), words before it a name's or a title's ("Norah Jones – May 5").
                return i == 0 && d == words.Count - 1 ? d + 1 : -1;
            }

            if (d < words.Count && IsYear(words[d], out _))
            {
                return d + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a Chinese, Japanese or Korean date written as one word: "2017年02月24日", "2017年2月24日", "2017년2월24일", or
    /// without its year ("9月30日": a diary's page gives the year once, above the days; the calendar day is unknown).
    /// </summary>
    private static bool TryCjk(ReadOnlySpan<char> word, out CalendarDate? date)
    {
        date = null;
        var year = word.IndexOfAny('年', '년');
        var y = 0;
        if (year >= 0 && (year != 4 || !Words.IsNumber(word[..4], out y)))
        {
            return false;
        }

        var rest = year < 0 ? word : word[5..];
        var month = rest.IndexOfAny('月', '월');
        if (month is < 1 or > 2 || !Words.IsNumber(rest[..month], out var m))
        {
            return false;
        }

        rest = rest[(month + 1)..];
        var day = rest.IndexOfAny('日', '일');
        if (day is < 1 or > 2 || !Words.IsNumber(rest[..day], out var d) || day + 1 != rest.Length)
        {
            return false;
        }

        date = year < 0 ? null : Create(y, m, d);
        return date is not null || (year < 0 && m is >= 1 and <= 12 && d is >= 1 and <= 31);
    }

    /// <summary>Tells whether word <paramref name="i"/> is a one-character weekday in parentheses after a CJK date ("9月30日(水)", "2020年7月15日 (水)").</summary>
    private static bool WeekdayInParentheses(in Words words, int i)
    {
        if (i >= words.Count || words[i].Length != 1 || CjkWeekdays.IndexOf(words[i][0]) < 0 || words.Gap(i).Trim() is not ("(" or "（"))
        {
            return false;
        }

        var after = words.End(i);
        return after < words.Line.Length && words.Line[after] is ')' or '）';
    }

    private static int MatchNumeric(in Words words, int i, out CalendarDate? date)
    {
        date = null;
        if (i >= words.Count)
        {
            return -1;
        }

        // Both forms start with the digits of a number: a word that does not is no numeric date.
        var word = words[i];
        if (!Compat.SpanText.IsDigit(word[0]))
        {
            return -1;
        }

        if (TryCjk(word, out date))
        {
            return WeekdayInParentheses(words, i + 1) ? i + 2 : i + 1;
        }

        // The month's number glued to the day, then the year: "04月18, 2015" (a "Month day, year" date so localised).
        var glued = word.IndexOfAny('月', '월') + 1;
        if (glued > 0 && Words.IsNumberedMonth(word[..glued], out var month) && IsDay(word[glued..], out var day)
            && i + 1 < words.Count && IsYear(words[i + 1], out var year))
        {
            date = Create(year, month, day);
            return date is null ? -1 : i + 2;
        }

        var separator = word.IndexOfAny('-', '.', '/');
        if (separator <= 0)
        {
            return -1;
        }

        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        if (!TrySplitNumbers(word, parts, lengths)
            || word[separator..].IndexOfAny(word[separator] == '-' ? "./" : word[separator] == '.' ? "-/" : "-.") >= 0)
        {
            return -1;
        }

        return TryReadNumbers(word[separator], parts, lengths, out date) ? i + 1 : -1;
    }

    /// <summary>Splits a word at its separators into exactly three numbers and their lengths in digits.</summary>
    private static bool TrySplitNumbers(ReadOnlySpan<char> word, Span<int> parts, Span<int> lengths)
    {
        var count = 0;
        var rest = word;
        while (true)
        {
            var cut = rest.IndexOfAny("-./");
            var part = cut < 0 ? rest : rest[..cut];
            if (count == 3 || !Words.IsNumber(part, out parts[count]))
            {
                return false;
            }

            lengths[count++] = part.Length;
            if (cut < 0)
            {
                break;
            }

            rest = rest[(cut + 1)..];
        }

        return count == 3;
    }

    /// <summary>
    /// Tells whether three numbers make a numeric date, and reads it where the order is certain
    /// (a plausible date whose order is ambiguous matches with no <paramref name="date"/>).
    /// </summary>
    private static bool TryReadNumbers(char separator, ReadOnlySpan<int> parts, ReadOnlySpan<int> lengths, out CalendarDate? date)
    {
        date = null;
        if (lengths[0] == 4)
        {
            // ISO 8601: year-month-day is never ambiguous.
            date = Create(parts[0], parts[1], parts[2]);
            return date is not null;
        }

        if (lengths[0] > 2 || lengths[1] > 2 || (lengths[2] != 2 && lengths[2] != 4))
        {
            return false;
        }

        var fullYear = lengths[2] == 4 ? parts[2] : -1;
        var dayFirst = separator == '.' || parts[0] > 12;
        var monthFirst = parts[1] > 12;
        if (parts[0] is < 1 or > 31 || parts[1] is < 1 or > 31 || (parts[0] > 12 && parts[1] > 12))
        {
            return false;
        }

        // Dotted dates are day-first by convention; otherwise only a part above 12 decides, and where none does the
        // page's other dates may (NumericOrder.Either).
        if (fullYear > 0 && dayFirst && !monthFirst)
        {
            date = Create(fullYear, parts[1], parts[0]) is { } day ? day with { Order = separator == '.' ? NumericOrder.Fixed : NumericOrder.DayFirst } : null;
        }
        else if (fullYear > 0 && monthFirst && !dayFirst)
        {
            date = Create(fullYear, parts[0], parts[1]) is { } day ? day with { Order = NumericOrder.MonthFirst } : null;
        }
        else if (fullYear > 0 && !dayFirst && !monthFirst)
        {
            date = Create(fullYear, parts[1], parts[0]) is { } day ? day with { Order = NumericOrder.Either } : null;
        }

        return true;
    }

    private static int MatchRelative(in Words words, int i)
    {
        if (i >= words.Count)
        {
            return -1;
        }

        if (words.Is(i, WordClass.Today))
        {
            return i + 1;
        }

        // "vor 3 Stunden", "hace 3 horas", "il y a 2 jours": marker words first.
        var n = i;
        while (n < words.Count && n < i + 3 && words.Is(n, WordClass.RelativeMarker))
        {
            n++;
        }

        if (n + 1 < words.Count && Words.IsNumber(words[n], out _) && words.Is(n + 1, WordClass.RelativeUnit))
        {
            var end = n + 2;
            return n > i ? end : end < words.Count && words.Is(end, WordClass.RelativeMarker) ? end + 1 : -1;
        }

        return -1;
    }

    private static int SkipTime(in Words words, int i)
    {
        var start = i;
        while (i < words.Count && words.Is(i, WordClass.TimeWord) && i < start + 2)
        {
            i++;
        }

        if (i < words.Count && IsTime(words[i]))
        {
            i++;
            while (i < words.Count && words.Is(i, WordClass.TimeWord))
            {
                i++;
            }

            return i;
        }

        return start;
    }

    /// <summary>Tells whether a word is a time of day: "14:30", "14h30", "11:01:00", "4:47pm".</summary>
    public static bool IsTime(ReadOnlySpan<char> word)
    {
        var colon = word.IndexOfAny(':', 'h');
        if (colon is not (1 or 2) || !Words.IsNumber(word[..colon], out var hours) || hours >= 24)
        {
            return false;
        }

        // "14:30", "14h30", with seconds "11:01:00", and "4:47pm".
        var rest = word[(colon + 1)..];
        if (rest.Length == 4 && (rest.EndsWith("am", StringComparison.OrdinalIgnoreCase) || rest.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
        {
            rest = rest[..2];
        }

        if (rest.Length == 5 && rest[2] == ':')
        {
            rest = Words.IsNumber(rest[3..], out var seconds) && seconds < 60 ? rest[..2] : rest;
        }

        return rest.Length == 2 && Words.IsNumber(rest, out var minutes) && minutes < 60;
    }

    /// <summary>
    /// Tells whether a weekday word leads the date after it: at the line's start, after a mark, before a comma, or after
    /// a word in lower case. After a capitalized word, with plain spaces around it, it is a surname that is also a weekday
    /// (<c>Janez Petek 10.03.2024</c>, <c>Anna Péntek 2024.03.10</c>).
    /// </summary>
    private static bool LeadsDate(in Words words, int i) =>
        i == 0 || !words.Gap(i).Trim().IsEmpty || (i + 1 < words.Count && !words.Gap(i + 1).Trim().IsEmpty) || !char.IsUpper(words[i - 1][0]);

    /// <summary>Skips Danish and Norwegian "d." or "den" after a weekday ("Tirsdag d. 14. Oktober"): the day's article.</summary>
    private static int SkipWeekdayArticle(in Words words, int i) =>
        i < words.Count && (words[i].Equals("d".AsSpan(), StringComparison.OrdinalIgnoreCase) || words[i].Equals("den".AsSpan(), StringComparison.OrdinalIgnoreCase)) ? i + 1 : i;

    private static int SkipConnectors(in Words words, int i)
    {
        var start = i;
        while (i < words.Count && i < start + 2 && words.Is(i, WordClass.Connector))
        {
            i++;
        }

        return i;
    }

    private static bool IsDay(ReadOnlySpan<char> word, out int day)
    {
        // "1er", "2nd", "3rd", "21st", "4th", "1º" are days too.
        day = 0;
        var digits = 0;
        while (digits < word.Length && Compat.SpanText.IsDigit(word[digits]))
        {
            digits++;
        }

        var suffix = word[digits..];
        var ordinal = suffix.IsEmpty || suffix is "st" or "nd" or "rd" or "th" or "er" or "º" or "o";
        return digits is 1 or 2 && ordinal && Words.IsNumber(word[..digits], out day) && day is >= 1 and <= 31;
    }

    private static bool IsYear(ReadOnlySpan<char> word, out int year) =>
        Words.IsNumber(word, out year) && word.Length == 4 && year is >= 1800 and <= 2200;

    /// <summary>Reads a year of two digits as this century's (<c>25</c> is 2025): listings date what is recent.</summary>
    private static bool IsShortYear(ReadOnlySpan<char> word, out int year)
    {
        var twoDigits = Words.IsNumber(word, out var yy) && word.Length == 2;
        year = twoDigits ? 2000 + yy : 0;
        return twoDigits;
    }

    private static CalendarDate? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new CalendarDate(year, month, day)
            : null;
}
