using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// A slot of a record template whose text recurs from record to record (a section name, "Issue 120"), with the forms its
/// texts take: each text with every run of digits as one mark, so that the lines of a counter share one form.
/// </summary>
/// <remarks>
/// Alignment compares signatures only, so a record that adds a title line beside the label (a caption between the label
/// and the headline) may have the label's slot aligned with the added line; the forms tell which of the two is the label.
/// </remarks>
internal sealed class SlotLabel
{
    /// <summary>A label that counts ("Issue 120", "Folge 14", "No. 7/2023") is short: a longer line with a number in it is a headline.</summary>
    public const int MaxCounterLength = 30;

    private readonly ulong[] _forms;

    private SlotLabel(int slot, ulong[] forms) => (Slot, _forms) = (slot, forms);

    public int Slot { get; }

    /// <summary>Collects the forms of a label slot's texts over <paramref name="records"/> (their first lines in <paramref name="sample"/>).</summary>
    public static SlotLabel Of(TemplateInference.Sample sample, List<int> records, int slot)
    {
        var forms = new HashSet<ulong>();
        foreach (var record in records)
        {
            forms.Add(Form(sample.Field(record, slot)));
        }

        return new SlotLabel(slot, [.. forms]);
    }

    /// <summary>Tells whether a line's text takes one of the label's forms.</summary>
    public bool Matches(ReadOnlySpan<char> text) => Array.IndexOf(_forms, Form(text)) >= 0;

    /// <summary>Hashes a text with each run of digits as one mark, so that the lines of a counter ("Issue 120", "Issue 119") hash alike.</summary>
    public static ulong Form(ReadOnlySpan<char> text)
    {
        // Not seeded with the length: "Issue 9" and "Issue 120" take one form.
        var hash = 14695981039346656037ul;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                while (i + 1 < text.Length && text[i + 1] is >= '0' and <= '9')
                {
                    i++;
                }

                c = '#';
            }

            hash = (hash ^ c) * 1099511628211ul;
        }

        return hash;
    }

    /// <summary>
    /// Moves the label's slot, in one record's alignment, from a line that does not take the label's form to an
    /// unaligned text line right beside it that does (<paramref name="slotOf"/> is changed in place).
    /// </summary>
    public void Realign(TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first, ReadOnlySpan<LineSignature> signatures, Span<int> slotOf)
    {
        var at = slotOf.IndexOf(Slot);
        if (at < 0 || Matches(Text(tokens, lines[first + at].Token)))
        {
            return;
        }

        foreach (var beside in (ReadOnlySpan<int>)[at - 1, at + 1])
        {
            var adjacent = beside >= 0 && beside < slotOf.Length && slotOf[beside] < 0 && signatures[beside].IsText
                && signatures[Math.Max(at, beside)].Gap == 0;
            if (adjacent && Matches(Text(tokens, lines[first + beside].Token)))
            {
                (slotOf[beside], slotOf[at]) = (Slot, -1);
                return;
            }
        }

        static ReadOnlySpan<char> Text(TokenList tokens, int token) => tokens.Source.AsSpan(tokens[token].FieldStart, tokens[token].FieldLength);
    }
}
