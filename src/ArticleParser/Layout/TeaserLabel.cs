using ArticleParser.Compat;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// The rubric a page prints before some of its teasers: the same one to three words before a mark on two teasers or more
/// (<c>Opinion: Scanning the donor list …</c>, <c>Analyse · Wenn es schneit …</c>), or a source in square brackets, each
/// record its own (<c>[El Diario Norte] El pacto firmado …</c>). The rubric is the entry's label, not its teaser's text.
/// </summary>
/// <remarks>
/// One teaser cannot tell a rubric from its sentence's first words; the page can. A sentence seldom opens two teasers of
/// one page with the same words before a colon, while a rubric is the page's own vocabulary and comes back. Words in
/// capitals before a colon are a dateline (<c>GEORGE TOWN: …</c>), which stays in the teaser, as
/// <see cref="TeaserByline"/> reads it; a credit that opens most teasers before a colon is that class's byline, and the
/// two are never read on one page. A run in square brackets opens no sentence in any language, so two of them make the
/// rubric, whatever each says. The teaser after the rubric starts with no lower-case letter and has words of its own.
/// </remarks>
internal sealed record TeaserLabel(string[] Rubrics, bool Bracketed)
{
    /// <summary>Marks that close a rubric before the teaser's text.</summary>
    private static readonly string[] Marks = [": ", " · ", " | ", " • "];

    /// <summary>Marks that open a quotation, and those that close one.</summary>
    private static readonly CharSet Quotes = new("\"“„«‘‹「『");

    private static readonly CharSet ClosingQuotes = new("\"”“»’›」』");

    private const int MinRecords = 3;
    private const int MinRepeats = 2;
    private const int MaxWords = 3;
    private const int MaxLength = 32;
    private const int MinTeaserAfter = 20;

    /// <summary>Finds the rubrics the teasers of <paramref name="records"/> (sample lines where records start) open with, or <see langword="null"/>.</summary>
    public static TeaserLabel? Find(TemplateInference.Sample sample, List<int> records, int teaser)
    {
        if (teaser < 0 || records.Count < MinRecords)
        {
            return null;
        }

        Dictionary<string, int>? counts = null;
        var brackets = 0;
        foreach (var first in records)
        {
            var field = sample.Field(first, teaser);
            if (Rubric(field) is not { TeaserStart: > 0 } rubric)
            {
                continue;
            }

            if (rubric.Bracketed)
            {
                brackets++;
                continue;
            }

            counts ??= [];
            var prefix = field[..rubric.TeaserStart].ToString();
            counts[prefix] = counts.TryGetValue(prefix, out var n) ? n + 1 : 1;
        }

        // In one order, whatever the dictionary's: templates that cut the same rubrics are equal.
        var rubrics = counts is null ? [] : counts.Where(pair => pair.Value >= MinRepeats).Select(pair => pair.Key).OrderBy(key => key, StringComparer.Ordinal).ToArray();
        return rubrics.Length > 0 || brackets >= MinRepeats ? new TeaserLabel(rubrics, brackets >= MinRepeats) : null;
    }

    /// <summary>
    /// Cuts the page's rubric off the start of a teaser line that opens with it: the field shrinks to the teaser, and the
    /// rubric's words (without the mark or brackets) are the line's label in the meta table.
    /// </summary>
    public void Trim(TokenList tokens, ref LineToken token)
    {
        var meta = tokens.MetaOf(token);
        if (token.Kind != LineKind.Text || meta.HasLabel || meta.HasByline || token.Glued is not (GluedKind.None or GluedKind.ReadMore))
        {
            return;
        }

        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        if (Rubric(field) is not { TeaserStart: > 0 } rubric || (rubric.Bracketed ? !Bracketed : !IsPageRubric(field[..rubric.TeaserStart])))
        {
            return;
        }

        token.Meta = tokens.AddMeta(meta with { LabelStart = token.FieldStart + rubric.LabelStart, LabelLength = rubric.LabelLength });
        token.FieldStart += rubric.TeaserStart;
        token.FieldLength -= rubric.TeaserStart;
    }

    /// <summary>Tells whether a teaser's opening words and mark are one of the page's rubrics (without a string per teaser).</summary>
    private bool IsPageRubric(ReadOnlySpan<char> prefix)
    {
        foreach (var rubric in Rubrics)
        {
            if (prefix.SequenceEqual(rubric.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the rubric for a template's readable form: <c>teaser (after a rubric "Opinion: ")</c>.</summary>
    public string Describe() =>
        Rubrics.Length == 0 ? "(after a rubric in \"[…]\")"
        : $"(after a rubric {string.Join(" or ", Rubrics.Select(r => $"\"{r}\""))}{(Bracketed ? " or in \"[…]\"" : "")})";

    /// <summary>Tells whether both cut the same rubrics.</summary>
    public bool Equals(TeaserLabel? other) =>
        other is not null && Bracketed == other.Bracketed && Rubrics.AsSpan().SequenceEqual(other.Rubrics);

    public override int GetHashCode() => HashCode.Combine(Bracketed, Rubrics.Length);

    /// <summary>
    /// Reads a rubric at the start of a teaser (see the remarks): where its words start and how long they are, where the
    /// teaser's text starts (0 for no rubric), and whether the words stand in square brackets.
    /// </summary>
    private static (int LabelStart, int LabelLength, int TeaserStart, bool Bracketed) Rubric(ReadOnlySpan<char> field)
    {
        var head = field[..Math.Min(field.Length, MaxLength + 3)];
        if (head.StartsWith("[") && head.IndexOf(']') is > 1 and var close)
        {
            var inner = field[1..close];
            var words = TextRules.TrimOuter(inner);
            var start = 1 + (inner.Length - TextRules.TrimOuterStart(inner).Length);
            return SpanText.HasLetter(words) && words.IndexOfAny('[', ']') < 0 && TeaserAfter(field, close + 1, spaced: true) is > 0 and var teaser
                ? (start, words.Length, teaser, true) : default;
        }

        foreach (var mark in Marks)
        {
            var at = head.IndexOf(mark.AsSpan(), StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            // After a colon, a text that is all one quotation is what the name before it said (Biden: "…"), no rubric's text
            // ("Review: ‘Hamlet’ at the Globe …" quotes a title and goes on).
            var words = field[..at];
            if (IsRubric(words, dateline: mark == ": ") && TeaserAfter(field, at + mark.Length, spaced: false) is > 0 and var teaser
                && !(mark == ": " && Quotes.IndexOfAny(field.Slice(teaser, 1)) == 0 && ClosingQuotes.IndexOfAny(TextRules.TrimOuterEnd(field)[^1..]) == 0))
            {
                return (0, words.Length, teaser, false);
            }
        }

        return default;
    }

    /// <summary>
    /// Tells whether words can be a rubric: one to three words of letters (inner hyphens and apostrophes), the first
    /// capitalized or of a script without case; with <paramref name="dateline"/> (before a colon), not all in capitals, and
    /// not two or three words that each start with a capital: a place's or a person's name (<c>New Delhi: …</c>); before a
    /// bar or a dot they are the rubric's (<c>Book Review | …</c>).
    /// </summary>
    private static bool IsRubric(ReadOnlySpan<char> words, bool dateline)
    {
        if (words.IsEmpty || !char.IsLetter(words[0]) || char.IsLower(words[0]))
        {
            return false;
        }

        var (count, lower, lowerWord) = (1, false, false);
        for (var i = 0; i < words.Length; i++)
        {
            var c = words[i];
            count += c == ' ' ? 1 : 0;
            lowerWord |= i > 0 && words[i - 1] == ' ' && char.IsLower(c);
            lower |= char.IsLower(c);
            var inner = i > 0 && i < words.Length - 1 && c is '-' or '\'' or '’' or ' ';
            if ((!char.IsLetter(c) && !inner) || (c == ' ' && words[i - 1] == ' '))
            {
                return false;
            }
        }

        return count <= MaxWords && (lower || !dateline) && (count == 1 || lowerWord || !lower || !dateline);
    }

    /// <summary>
    /// Returns where the teaser's text starts after a rubric that ends at <paramref name="from"/>: after spaces (one at
    /// least, with <paramref name="spaced"/>), at no lower-case letter, with words of its own; 0 for none.
    /// </summary>
    private static int TeaserAfter(ReadOnlySpan<char> field, int from, bool spaced)
    {
        var start = from;
        while (start < field.Length && TextRules.IsOuterWhitespace(field[start]))
        {
            start++;
        }

        return (!spaced || start > from) && field.Length - start >= MinTeaserAfter && !char.IsLower(field[start]) ? start : 0;
    }
}
