using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Tells a hard-wrapped text (an e-mail, a terminal's dump, a text file broken at 72 columns): its paragraphs stand on
/// several lines, which the parser reads one by one, so that a teaser's second line may read as the next headline.
/// </summary>
/// <remarks>
/// A line runs on into the line under it when it is long, ends without a closing stop or mark, and the line directly
/// under it (no blank line between) opens with a small letter: the sentence goes on. Two such lines in the inference
/// sample make the text hard-wrapped (<see cref="DiagnosticCodes.HardWrappedText"/>); the parse goes on as it is.
/// </remarks>
internal static class HardWrap
{
    /// <summary>The shortest line that may have been wrapped: a wrapped line fills most of its column.</summary>
    private const int MinWrappedLength = 40;

    /// <summary>Lines that run on that make a text hard-wrapped.</summary>
    private const int MinRunOns = 2;

    /// <summary>Finds the first line of the sample that runs on into the next, when enough do; -1 when the text is not hard-wrapped.</summary>
    public static int Find(TokenList tokens)
    {
        var (first, runOns) = (-1, 0);
        for (var i = 0; i + 1 < tokens.Count && !TemplateInference.PastSample(tokens[i + 1]); i++)
        {
            if (RunsOn(tokens, tokens[i], tokens[i + 1]))
            {
                first = first < 0 ? i : first;
                runOns++;
            }
        }

        return runOns >= MinRunOns ? first : -1;
    }

    /// <summary>
    /// Tells whether a line runs on into the next: text lines, the upper long and without a closing stop, the lower no
    /// list item and opening in lower case, in a script with case (the upper holds a capital: Georgian's letters, all
    /// "lower case", tell nothing).
    /// </summary>
    private static bool RunsOn(TokenList tokens, in LineToken line, in LineToken next)
    {
        if (line.Kind != LineKind.Text || next.Kind != LineKind.Text || line.FieldLength < MinWrappedLength || next.FieldLength == 0
            || next.Has(LineFlags.Bullet) || !char.IsLower(tokens.Source[next.FieldStart]))
        {
            return false;
        }

        var upper = tokens.Source.AsSpan(line.FieldStart, line.FieldLength);
        return (char.IsLetterOrDigit(upper[^1]) || upper[^1] is ',' or '-' or '–') && HasCapital(upper);

        static bool HasCapital(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (char.IsUpper(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
