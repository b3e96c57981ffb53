using System.Globalization;
using ArticleParser.Compat;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// The mark that parts a headline from its teaser where a page gives each entry one line: a colon or a dash after a
/// short title (<c>Pool season delayed: The city's two public pools will open a week later …</c>,
/// <c>Enough Is a Number – How much do we actually need …</c>).
/// </summary>
/// <remarks>
/// One line cannot tell a title from the first words of a sentence; the page can. A template of one-line prose records
/// splits when every one of its records, five at least, holds the same mark after a title (at most fifteen words that
/// end no sentence; a single word without digits, or two words with letters) and before a longer text that starts as
/// a sentence does. The first such mark on a line parts it.
/// </remarks>
internal sealed record HeadlineSplit(string Separator, bool Source = false)
{
    private const int MinRecords = 5;
    private const int MaxHeadlineWords = 15;
    private const int MaxHeadlineLength = 120;
    private const int MinTeaserLength = 40;

    private static readonly string[] Separators = [": ", " – ", " — ", " - "];

    /// <summary>Finds the mark that parts the lines of <paramref name="records"/> (sample lines where records start), or <see langword="null"/>.</summary>
    public static HeadlineSplit? Find(TemplateInference.Sample sample, List<int> records, int slot)
    {
        if (records.Count < MinRecords)
        {
            return null;
        }

        // The first mark that parts every record: a line it did not part would be a headline of prose.
        var best = Array.Find(Separators, separator => records.TrueForAll(first => At(sample.Field(first, slot), separator) > 0));
        if (best is null)
        {
            return null;
        }

        // A source in parentheses after three teasers in four ("… (Source: LNP)") is no part of them, as after headlines.
        var sources = 0;
        foreach (var first in records)
        {
            var field = sample.Field(first, slot);
            sources += HeadlineAffixes.Parenthetical(field[(At(field, best) + best.Length)..]) is { Length: > 0 } ? 1 : 0;
        }

        return new HeadlineSplit(best, sources >= TemplateInference.Sample.MostOf(records.Count));
    }

    /// <summary>
    /// Parts a record's line: its field shrinks to the headline, and the teaser's range goes into the meta table, where
    /// the builder reads it. A line the mark does not part stays a headline without a teaser.
    /// </summary>
    public void Apply(TokenList tokens, ref LineToken token)
    {
        if (token.Glued is not (GluedKind.None or GluedKind.Affix) || token.Kind != LineKind.Text)
        {
            return;
        }

        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        var at = At(field, Separator);
        if (at <= 0)
        {
            return;
        }

        var rest = field[(at + Separator.Length)..];
        if (Source && HeadlineAffixes.Parenthetical(rest) is { Length: > 0 } source)
        {
            rest = rest[..(rest.Length - source.Length - 2)]; // the source stays in the entry's span, in no field
        }

        var teaser = TextRules.TrimOuter(rest);
        var teaserStart = token.FieldStart + at + Separator.Length + (rest.Length - TextRules.TrimOuterStart(rest).Length);
        var meta = tokens.MetaOf(token) is { InText: false } part ? part : MetaPart.None;
        token.Meta = tokens.AddMeta(meta with { TeaserStart = teaserStart, TeaserLength = teaser.Length });
        token.FieldLength = TextRules.TrimOuterEnd(field[..at]).Length;
        token.Glued = GluedKind.Affix;
    }

    /// <summary>Writes the split for the template's readable form: <c>headline ": " teaser</c>.</summary>
    public string Describe() => Source ? $"\"{Separator.Trim()}\" teaser (then \"(…)\")" : $"\"{Separator.Trim()}\" teaser";

    /// <summary>Returns where the first <paramref name="separator"/> parts a title from a longer text, or -1.</summary>
    private static int At(ReadOnlySpan<char> field, string separator)
    {
        var at = field.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
        if (at <= 0 || at > MaxHeadlineLength)
        {
            return -1;
        }

        var title = TextRules.TrimOuter(field[..at]);
        var teaser = TextRules.TrimOuter(field[(at + separator.Length)..]);
        var words = 1;
        foreach (var c in title)
        {
            words += c == ' ' ? 1 : 0;
        }

        return title.Length > 0 && words <= MaxHeadlineWords && teaser.Length >= Math.Max(MinTeaserLength, title.Length)
            && title[^1] is not ('.' or '…') && title.IndexOf(". ".AsSpan(), StringComparison.Ordinal) < 0 && StartsTitle(title[0])
            && (LetterWords(title) >= 2 || !SpanText.HasDigit(title)) && StartsSentence(teaser[0])
            ? at : -1;
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
        (char.IsLetter(c) && !char.IsLower(c)) || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation || c == '"';

    private static bool StartsTitle(char c) =>
        char.IsLetterOrDigit(c) || c is '"' or '\'' || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.OpenPunctuation;
}
