using ArticleParser.Lexing;
using ArticleParser.Lexing.Recognizers;

namespace ArticleParser.Layout;

/// <summary>
/// Reads title and prose by the page's own measure: where a page's text lines fall into clearly apart lengths
/// (headlines and the teasers under them), a short line over a line twice its length leans to title.
/// </summary>
/// <remarks>
/// A line by itself says little in languages that write headlines in sentence case, with a question mark
/// or a full stop inside ("Žijeme v době zlomu? Jak trh vyrobil nové císaře"): <see cref="LineShape"/> reads
/// such a headline as prose. The page settles it: its lines split at the length that best parts them into
/// two groups (Otsu's threshold on the logarithm of the length), and the long side is split again while it
/// parts (captions, headlines, teasers); the last cut counts. A split must explain most of the spread, and the
/// long group must run at least <see cref="MinMeanRatio"/> times the short one. A line under the cut whose next
/// text line is over it and at least <see cref="MinMeanRatio"/> times as long loses <see cref="Lean"/> half
/// points of prose score, unless it ends in one full stop (a short teaser stays prose). A page of lines alike in
/// length (one entry per line, headlines with bylines only) has no split and keeps each line's own reading.
/// </remarks>
internal sealed class PageShape
{
    /// <summary>How far the page moves a line's score toward its group, in half points.</summary>
    public const int Lean = 5;

    private const int MinLines = 6;

    private const int MinGroup = 3;

    private const double MinMeanRatio = 2.0;

    /// <summary>The share of the spread of log lengths the split must explain.</summary>
    private const double MinExplained = 0.6;

    private readonly int _cut;

    private PageShape(int cut) => _cut = cut;

    /// <summary>Measures the text lines of the inference sample; <see langword="null"/> when their lengths do not fall into two groups.</summary>
    public static PageShape? Measure(TokenList tokens)
    {
        var lengths = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (TemplateInference.PastSample(token))
            {
                break;
            }

            if (token.Kind == LineKind.Text && !token.Has(LineFlags.NoLetters))
            {
                lengths.Add(token.FieldLength);
            }
        }

        if (lengths.Count < MinLines)
        {
            return null;
        }

        // The longest group is the teasers: split, and split the long side again while it parts (captions,
        // headlines and teasers make three groups, and the cut that matters is the last).
        lengths.Sort();
        var logs = lengths.ConvertAll(n => Math.Log(n));
        var cut = -1;
        for (var from = 0; Split(lengths, logs, from) is var k and >= 0; from = k)
        {
            cut = k;
        }

        return cut < 0 ? null : new PageShape(lengths[cut]);
    }

    /// <summary>Finds where the lengths from <paramref name="from"/> on part best into a short and a long group, or -1 when they do not part clearly.</summary>
    private static int Split(List<int> lengths, List<double> logs, int from)
    {
        var count = logs.Count - from;
        if (count < MinLines)
        {
            return -1;
        }

        var total = 0.0;
        for (var i = from; i < logs.Count; i++)
        {
            total += logs[i];
        }

        var mean = total / count;
        var spread = 0.0;
        for (var i = from; i < logs.Count; i++)
        {
            spread += (logs[i] - mean) * (logs[i] - mean);
        }

        // Otsu: the split that maximises the spread between the two groups' means.
        var (best, bestBetween) = (-1, 0.0);
        var below = 0.0;
        for (var k = from + 1; k < logs.Count; k++)
        {
            below += logs[k - 1];
            var shortCount = k - from;
            if (lengths[k] == lengths[k - 1] || shortCount < MinGroup || logs.Count - k < MinGroup)
            {
                continue;
            }

            var (low, high) = (below / shortCount, (total - below) / (logs.Count - k));
            var between = (double)shortCount * (logs.Count - k) / count * (high - low) * (high - low);
            if (between > bestBetween)
            {
                (best, bestBetween) = (k, between);
            }
        }

        if (best < 0 || spread <= 0 || bestBetween < MinExplained * spread)
        {
            return -1;
        }

        var shortMean = lengths.Skip(from).Take(best - from).Average();
        var longMean = lengths.Skip(best).Average();
        return longMean >= MinMeanRatio * shortMean ? best : -1;
    }

    /// <summary>
    /// Gives each text token its shape: its own score, leaned toward title when it is short by the page's measure
    /// and the next text line (past blank, byline and date lines) is long and twice its length: a title over its teaser.
    /// </summary>
    public void Apply(TokenList tokens)
    {
        var next = 0; // walking up from the end: the length of the text line below, when it is long
        var below = -1; // …and that line, with what lay below it
        var belowNext = 0;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            ref var token = ref tokens[i];
            if (token.Kind != LineKind.Text)
            {
                next = token.Kind is LineKind.Blank or LineKind.Meta ? next : 0;
                below = token.Kind is LineKind.Blank or LineKind.Meta ? below : -1;
                continue;
            }

            // A title printed twice (its image's alt text) leans like its repeat, full stop or not: no teaser is printed twice.
            var repeat = below >= 0 && tokens.SameField(i, below);
            next = repeat ? belowNext : next;
            repeat |= RepeatsLineAbove(tokens, i);
            (below, belowNext) = (i, next);
            var isLong = token.FieldLength >= _cut;
            var overLong = !isLong && next >= MinMeanRatio * token.FieldLength;
            var lean = overLong && (repeat || !LineShape.EndsWithOneFullStop(tokens.Source.AsSpan(token.FieldStart, token.FieldLength))) ? Lean : 0;
            token.Shape = token.ShapeScore - lean >= LineShape.ProseThreshold ? LineShapeKind.Prose : LineShapeKind.Title;
            next = isLong ? token.FieldLength : 0;
        }
    }

    /// <summary>Tells whether the text line above a line, past blank lines, holds the same field.</summary>
    private static bool RepeatsLineAbove(TokenList tokens, int index)
    {
        var above = index - 1;
        while (above >= 0 && tokens[above].Kind == LineKind.Blank)
        {
            above--;
        }

        return above >= 0 && tokens[above].Kind == LineKind.Text && tokens.SameField(index, above);
    }

    public override string ToString() => $"cut at {_cut} characters";
}
