using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// The read-more link a page's template glues to the end of every teaser, in whatever language: the same one to four
/// words after the teaser's last word on three records in four (<c>… Tovább olvasom</c>, <c>… Darllen mwy</c>), ending
/// no sentence.
/// </summary>
/// <remarks>
/// The lexer knows read-more phrases in many languages, and no list holds them all; the page shows its own. No teaser's
/// own words end three teasers in four of a page, so what does is the link. The words must start with a letter and
/// follow a space, and the text before them must not end in a dash, colon or comma (<c>… – Bernama</c> credits a
/// wire service; it is the teaser's).
/// </remarks>
internal sealed record TeaserLink(string Text)
{
    private const int MinRecords = 3;
    private const int MaxWords = 4;
    private const int MaxLength = 32;

    /// <summary>Finds the link the teasers of <paramref name="records"/> (sample lines where records start) end with, or <see langword="null"/>.</summary>
    public static TeaserLink? Find(TemplateInference.Sample sample, List<int> records, int teaser)
    {
        if (teaser < 0 || records.Count < MinRecords)
        {
            return null;
        }

        var needed = TemplateInference.Sample.MostOf(records.Count);
        string? best = null;

        // The link most teasers end with is the end of one of the first records that are not without it.
        for (var r = 0; r < records.Count - needed + 1; r++)
        {
            var field = sample.Field(records[r], teaser);
            var start = field.Length + 1;
            for (var words = 0; words < MaxWords; words++)
            {
                var space = field[..(start - 1)].LastIndexOf(' ');
                if (space <= 0 || field.Length - space - 1 > MaxLength)
                {
                    break;
                }

                start = space + 1;
                var candidate = field[start..];
                if ((best is null || candidate.Length > best.Length) && CanBeLink(field, start) && CountEnding(sample, records, teaser, candidate) >= needed)
                {
                    best = candidate.ToString();
                }
            }
        }

        return best is null ? null : new TeaserLink(best);
    }

    /// <summary>
    /// Cuts the link off a teaser line that ends with it: the field shrinks to the teaser, and the line is marked
    /// <see cref="GluedKind.ReadMore"/>, as the lexer marks a link it knows, so the builder reads the link from the line's end.
    /// </summary>
    public void Trim(TokenList tokens, ref LineToken token)
    {
        if (token.Glued != GluedKind.None || token.Kind != LineKind.Text)
        {
            return;
        }

        var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        var start = field.Length - Text.Length;
        if (start > 0 && field.EndsWith(Text.AsSpan(), StringComparison.Ordinal) && CanBeLink(field, start))
        {
            token.FieldLength = TextRules.TrimOuterEnd(field[..start]).Length;
            token.Glued = GluedKind.ReadMore;
        }
    }

    /// <summary>
    /// Cuts off a teaser line the link that names its own article, glued after its last word with a space (<c>… by the bus
    /// shelter or Continue reading Precept for the Coming Year</c>, WordPress's "more" link on a post cut without a
    /// mark): a short capitalized phrase, a space and the whole text of the record's <paramref name="headline"/>, in any
    /// language. The line is marked <see cref="GluedKind.ReadMore"/> as <see cref="Trim"/> marks it.
    /// </summary>
    public static void TrimTitleLink(TokenList tokens, ref LineToken teaser, in LineToken headline)
    {
        if (teaser.Glued != GluedKind.None || teaser.Kind != LineKind.Text || headline.FieldLength < 4)
        {
            return;
        }

        var field = tokens.Source.AsSpan(teaser.FieldStart, teaser.FieldLength);
        var title = tokens.Source.AsSpan(headline.FieldStart, headline.FieldLength);
        var end = field.Length - title.Length - 1;

        // The space and the last character reject nearly every teaser before the whole title is compared.
        if (end < 2 || field[end] != ' ' || field[^1] != title[^1] || !field.EndsWith(title, StringComparison.Ordinal))
        {
            return;
        }

        // The phrase: the last words before the title, capitalized, after a space that follows the teaser's own words.
        var phraseStart = field[..end].LastIndexOf(' ') + 1;
        for (var words = 1; words < MaxWords && phraseStart > 1 && !char.IsUpper(field[phraseStart]); words++)
        {
            phraseStart = field[..(phraseStart - 1)].LastIndexOf(' ') + 1;
        }

        if (phraseStart < 2 || end - phraseStart > LineSignature.MaxLinkWords || !char.IsUpper(field[phraseStart]) || !CanBeLink(field[..end], phraseStart))
        {
            return;
        }

        teaser.FieldLength = TextRules.TrimOuterEnd(field[..phraseStart]).Length;
        teaser.Glued = GluedKind.ReadMore;
    }

    /// <summary>Tells whether the words from <paramref name="start"/> can be a link glued to the teaser before them (see the remarks).</summary>
    private static bool CanBeLink(ReadOnlySpan<char> field, int start)
    {
        // A link names an action; it ends no sentence ("… without an account." shared by teasers is their own words).
        if (start < 2 || !char.IsLetter(field[start]) || !TextRules.IsOuterWhitespace(field[start - 1]) || field[^1] is '.' or '!' or '?' or '。' or '؟' or '۔' or '।')
        {
            return false;
        }

        var before = TextRules.TrimOuterEnd(field[..start]);
        return before.Length > 0 && before[^1] is not ('-' or '–' or '—' or ':' or ',' or '|' or '/');
    }

    private static int CountEnding(TemplateInference.Sample sample, List<int> records, int teaser, ReadOnlySpan<char> link)
    {
        var count = 0;
        foreach (var first in records)
        {
            var field = sample.Field(first, teaser);
            count += field.Length > link.Length && field.EndsWith(link, StringComparison.Ordinal) && CanBeLink(field, field.Length - link.Length) ? 1 : 0;
        }

        return count;
    }
}
