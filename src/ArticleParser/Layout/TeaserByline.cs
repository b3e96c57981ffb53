using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// The byline a page's template glues to the start of every teaser: after a word of its own language, the same word,
/// then a name, then the teaser's first sentence, on three records in four (<c>By Mwila Chanda Every government …</c>,
/// <c>Wolemba Grace Nyirenda Nduna ya …</c>); or, with no <see cref="Word"/>, a credit of one to three words before a
/// colon, whatever the script (<c>স্টাফ রিপোর্টার : …</c>, "staff reporter:"; <c>ঝালকাঠি প্রতিনিধি : …</c>).
/// </summary>
/// <remarks>
/// The lexer knows the word "by" in some languages, and no list holds them all; the page shows its own: no teaser's own
/// first word starts three teasers in four of a page and is followed each time by a run of capitalized words. The name is
/// that run less its last word, which is the sentence's first (a name of two to four words: <c>The European Commission
/// said …</c> is no byline, and the teaser must go on
/// in lower case after it). A word of the run that ends in a comma or a mark (<c>Mutale, a.k.a …</c>) leaves the record
/// as it is. Only a cased script shows where a name ends; in any script a colon does, and a teaser's own first sentence
/// seldom puts one after its first words on three records in four. A credit in capitals is a place, the story's dateline
/// (<c>GEORGE TOWN: …</c>), and stays in the teaser. The word may follow one word of its own (<c>Written By Name …</c>
/// where other records print <c>By Name …</c>). Where a teaser opens with a name too, the capitals run on past the
/// byline (<c>By Marcus Odom Dana Whitfield will …</c>); a shorter name that the page's other records give and that
/// starts the run, word for word, is where the byline ends. The sentence may go on with a number after its first word
/// (<c>By Ana Sofía Quiroga Con 412 votos …</c>), the name having its two words or more before it.
/// </remarks>
internal sealed record TeaserByline(string? Word)
{
    /// <summary>
    /// The names the page's records give after <see cref="Word"/>, as <see cref="Name"/> reads them: where a shorter one
    /// that another record gives starts a record's name, the rest is the teaser's (<c>By Marcus Odom Dana Whitfield will
    /// lead …</c> on a page that also prints <c>By Marcus Odom More than …</c>).
    /// </summary>
    private string[] _names = [];

    private const int MinRecords = 3;
    private const int MaxWordLength = 16;
    private const int MinNameWords = 2;
    private const int MaxNameWords = 4;
    private const int MaxCreditWords = 3;
    private const int MaxCreditLength = 32;
    private const int MinTeaserAfterCredit = 20;

    /// <summary>Finds the word that introduces a name, or the credit before a colon, at the start of the teasers of <paramref name="records"/>, or <see langword="null"/>.</summary>
    public static TeaserByline? Find(TemplateInference.Sample sample, List<int> records, int teaser)
    {
        if (teaser < 0 || records.Count < MinRecords)
        {
            return null;
        }

        var needed = TemplateInference.Sample.MostOf(records.Count);
        for (var r = 0; r < records.Count - needed + 1; r++)
        {
            var field = sample.Field(records[r], teaser);
            var space = field.IndexOf(' ');
            if (space is <= 0 or > MaxWordLength || !IsWord(field[..space]) || Name(field, space + 1).TeaserStart < 0)
            {
                continue;
            }

            var word = field[..(space + 1)];
            if (CountStarting(sample, records, teaser, word) >= needed)
            {
                return new TeaserByline(word.ToString()) { _names = Names(sample, records, teaser, word) };
            }

            // The by-word may follow a word of its own ("Written By Name", where other records print "By Name").
            var second = field[(space + 1)..];
            var next = second.IndexOf(' ');
            if (next is > 0 and <= MaxWordLength && IsWord(second[..next]) && Name(second, next + 1).TeaserStart >= 0)
            {
                word = second[..(next + 1)];
                if (CountStarting(sample, records, teaser, word) >= needed)
                {
                    return new TeaserByline(word.ToString()) { _names = Names(sample, records, teaser, word) };
                }
            }
        }

        return CountStarting(sample, records, teaser, default) >= needed ? new TeaserByline((string?)null) : null;
    }

    /// <summary>
    /// Cuts the word and the name off the start of a teaser line that holds them: the field shrinks to the teaser, and the
    /// name is the line's byline in the meta table; the word is in no field.
    /// </summary>
    public void Trim(TokenList tokens, ref LineToken token)
    {
        var meta = tokens.MetaOf(token);
        if (token.Kind != LineKind.Text || meta.HasByline || token.Glued is not (GluedKind.None or GluedKind.ReadMore))
        {
            return;
        }

        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        var from = Word is null ? 0 : WordEnd(field, Word.AsSpan());
        if (from < 0 || Byline(field, Word is null, from) is not { TeaserStart: > 0 } name)
        {
            return;
        }

        name = Known(field, from, name);

        token.Meta = tokens.AddMeta(meta with { BylineStart = token.FieldStart + from, BylineLength = name.End - from });
        token.FieldStart += name.TeaserStart;
        token.FieldLength -= name.TeaserStart;
    }

    /// <summary>Writes the byline for a template's readable form: <c>teaser (after "By " and a name)</c>.</summary>
    public string Describe() => Word is null ? "(after a credit and \":\")" : $"(after \"{Word}\" and a name)";

    private static (int End, int TeaserStart) Byline(ReadOnlySpan<char> field, bool credit, int from) => credit ? Credit(field) : Name(field, from);

    /// <summary>
    /// Reads a credit before a colon at the start of a teaser: one to three words of letters, the colon, then the teaser;
    /// where the credit ends and where the teaser starts, or (-1, -1).
    /// </summary>
    private static (int End, int TeaserStart) Credit(ReadOnlySpan<char> field)
    {
        var colon = field[..Math.Min(field.Length, MaxCreditLength + 2)].IndexOf(':');
        var credit = colon > 0 ? field[..colon].TrimEnd() : default;
        var words = credit.IsEmpty ? 0 : 1;
        foreach (var c in credit)
        {
            words += c == ' ' ? 1 : 0;
            if (!char.IsLetter(c) && c != ' ' && !Lexing.Recognizers.Words.IsMark(c))
            {
                return (-1, -1);
            }
        }

        // A place in capitals is the story's dateline, which stays in the teaser (GEORGE TOWN: …), not a credit.
        if (words is 0 or > MaxCreditWords || IsCapitals(credit))
        {
            return (-1, -1);
        }

        var start = colon + 1;
        while (start < field.Length && TextRules.IsOuterWhitespace(field[start]))
        {
            start++;
        }

        return field.Length - start >= MinTeaserAfterCredit ? (credit.Length, start) : (-1, -1);
    }

    /// <summary>
    /// Reads the name from <paramref name="from"/> on (see the remarks): where it ends and where the teaser starts,
    /// or (-1, -1).
    /// </summary>
    private static (int End, int TeaserStart) Name(ReadOnlySpan<char> field, int from)
    {
        int words = 0, lastStart = -1, i = from;
        while (i < field.Length && char.IsUpper(field[i]))
        {
            var length = field[i..].IndexOf(' ');
            if (length < 0 || !IsNameWord(field.Slice(i, length)))
            {
                break;
            }

            words++;
            lastStart = i;
            i += length + 1;
        }

        return words is >= MinNameWords + 1 and <= MaxNameWords + 1 && i < field.Length && (char.IsLower(field[i]) || char.IsDigit(field[i]))
            ? (lastStart - 1, lastStart) : (-1, -1);
    }

    private static bool IsCapitals(ReadOnlySpan<char> text)
    {
        var upper = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper |= char.IsUpper(c);
        }

        return upper;
    }

    /// <summary>Tells whether a word can be part of a name: letters, with inner hyphens or apostrophes, or an abbreviation (<c>Dr.</c>).</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var inner = i > 0 && i < word.Length - 1 && c is '-' or '\'' or '’';
            var abbreviation = i == word.Length - 1 && i is > 0 and <= 3 && c == '.';
            if (!char.IsLetter(c) && !inner && !abbreviation)
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>Tells whether the first word can introduce a name: a capitalized word of letters only.</summary>
    private static bool IsWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return char.IsUpper(word[0]);
    }

    private static int CountStarting(TemplateInference.Sample sample, List<int> records, int teaser, ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var first in records)
        {
            var field = sample.Field(first, teaser);
            var from = word.IsEmpty ? 0 : WordEnd(field, word);
            count += from >= 0 && Byline(field, word.IsEmpty, from).TeaserStart > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Returns where the name starts after <paramref name="word"/>, which opens the teaser or follows one word of its own; -1 for neither.</summary>
    private static int WordEnd(ReadOnlySpan<char> field, ReadOnlySpan<char> word)
    {
        if (field.StartsWith(word, StringComparison.Ordinal))
        {
            return word.Length;
        }

        var space = field.IndexOf(' ');
        return space is > 0 and <= MaxWordLength && IsWord(field[..space]) && field[(space + 1)..].StartsWith(word, StringComparison.Ordinal)
            ? space + 1 + word.Length : -1;
    }

    /// <summary>Lists the names the records give after <paramref name="word"/>, as <see cref="Name"/> reads them.</summary>
    private static string[] Names(TemplateInference.Sample sample, List<int> records, int teaser, ReadOnlySpan<char> word)
    {
        var names = new List<string>();
        foreach (var first in records)
        {
            var field = sample.Field(first, teaser);
            if (WordEnd(field, word) is >= 0 and var from && Name(field, from) is { TeaserStart: > 0 } name)
            {
                names.Add(field[from..name.End].ToString());
            }
        }

        return [.. names];
    }

    /// <summary>
    /// Shortens a name read at <paramref name="from"/> to the longest shorter name the page gives elsewhere that starts
    /// it, word for word: the words after it are the teaser's first. A name the page gives twice stays whole.
    /// </summary>
    private (int End, int TeaserStart) Known(ReadOnlySpan<char> field, int from, (int End, int TeaserStart) name)
    {
        var read = field[from..name.End];
        var best = 0;
        var given = 0;
        foreach (var known in _names)
        {
            given += read.SequenceEqual(known.AsSpan()) ? 1 : 0;
            if (known.Length > best && known.Length < read.Length && read[known.Length] == ' '
                && read.StartsWith(known.AsSpan(), StringComparison.Ordinal) && known.IndexOf(' ') > 0)
            {
                best = known.Length;
            }
        }

        // A name the page gives twice is a whole one, though a shorter name starts it ("Ana Maria Lopez Garza").
        return best > 0 && given < 2 ? (from + best, from + best + 1) : name;
    }

    /// <summary>Tells whether both read the same word and shorten names by the same list of names.</summary>
    public bool Equals(TeaserByline? other) =>
        other is not null && Word == other.Word && _names.AsSpan().SequenceEqual(other._names);

    public override int GetHashCode() => HashCode.Combine(Word, _names.Length);
}
