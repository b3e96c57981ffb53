using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Infers a page's record template from repetition: the one way of cutting the page into records under
/// which the records are most alike.
/// </summary>
/// <remarks>
/// Every signature that occurs three times or more is tried as the line that starts a record, every
/// record or every second one. Under each cut the most frequent record shape is the candidate template,
/// and each record scores its lines less twice its alignment cost with it
/// (<see cref="Alignment.Fits"/>): records that are near copies count, a header or footer that is not
/// a record counts nothing. The cut with the highest score wins if at least three records match its
/// template exactly and the template reads like a listing (see <see cref="SlotRoles"/>).
/// </remarks>
internal static class TemplateInference
{
    /// <summary>Inference reads at most this many lines from the start of the input; streaming reads as many before its first decision.</summary>
    public const int SampleLines = 1000;

    /// <summary>…and at most this many characters.</summary>
    public const int SampleChars = 1 << 20;

    private const int MinExactRecords = 3;

    /// <summary>A headline is a title: longer lines, or most of a slot's lines reading like prose, are not.</summary>
    private const int MaxHeadlineLength = 200;

    private const int MinBareHeadlineLength = 30;

    private const int MinHeadlineLength = 20;

    private const int MinShortHeadlineRecords = 5;

    private const int MaxLabelPrefix = 16;

    public static RecordTemplate? Infer(TokenList tokens)
    {
        var lines = new List<(int Token, LineSignature Signature)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (token.LineNumber > SampleLines || token.OuterEnd > SampleChars)
            {
                break;
            }

            if (token.Kind != LineKind.Blank)
            {
                lines.Add((i, LineSignature.Of(tokens, i)));
            }
        }

        RecordTemplate? best = null;
        var bestScore = 0.0;
        // A key is a signature, or a class after any run of blank lines (tried first, so it wins a tie).
        var keys = lines.Select(l => l.Signature).Where(s => !s.EndsRecord && s.Class is not (LineClass.ReadMore or LineClass.Credit))
            .SelectMany(s => s.Gap is 0 or LineSignature.AnyGap ? [s with { Gap = 0 }] : new[] { s with { Gap = LineSignature.AnyGap }, s })
            .GroupBy(s => s).Where(g => g.Count() >= MinExactRecords).Select(g => g.Key)
            .OrderBy(s => s.Class).ThenByDescending(s => s.Gap == LineSignature.AnyGap).ThenBy(s => s.Gap);
        foreach (var key in keys)
        {
            for (var period = 1; period <= 2; period++)
            {
                for (var phase = 0; phase < period; phase++)
                {
                    var (template, score) = Evaluate(tokens, lines, key, period, phase);
                    // A record every second key line pairs lines alike in signature: it must show that the
                    // pair is a headline and its teaser (see SlotRoles), and do better than one every key line.
                    if (period > 1 && template?.Teaser < 0)
                    {
                        continue;
                    }

                    score = period == 1 ? score : score * 0.9;
                    if (Environment.GetEnvironmentVariable("AP_DEBUG") is not null) Console.Error.WriteLine($"DEBUG key={key} p={period}/{phase} score={score} t={template?.Describe()} slots={(template is null ? "" : string.Join(",", template.Slots))}");
                    if (template is not null && score > bestScore)
                    {
                        (best, bestScore) = (template, score);
                    }
                }
            }
        }

        return best;
    }

    private static (RecordTemplate? Template, double Score) Evaluate(
        TokenList tokens, List<(int Token, LineSignature Signature)> lines, LineSignature key, int period, int phase)
    {
        var records = Cut(lines, key, period, phase);
        var shapes = records.Where(r => r.Count <= Alignment.MaxRecordLines)
            .GroupBy(r => string.Join(",", r.Select(l => l.Signature)))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.First().Count)
            .FirstOrDefault();
        if (shapes is null || shapes.Count() < MinExactRecords)
        {
            return (null, 0);
        }

        var slots = shapes.First().Select(l => l.Signature).ToArray();
        var exact = shapes.ToList();
        var roles = SlotRoles(tokens, slots, exact);
        if (roles is null)
        {
            return (null, 0);
        }

        var score = 0.0;
        var unexplained = 0;
        var seenFit = false;
        var captionAbove = false;
        var headline = Array.IndexOf(roles, LineRole.Headline);
        Span<int> slotOf = stackalloc int[Alignment.MaxRecordLines];
        var signatures = new LineSignature[Alignment.MaxRecordLines];
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            var (fits, cost) = Fit(record, slots, signatures, slotOf);
            if (!fits && r + 1 < records.Count && Alignment.Attached(records[r + 1][0].Signature) && records[r + 1][0].Token == NextToken(lines, record)
                && record.Count == 1 && tokens[record[0].Token].Has(LineFlags.AltText))
            {
                // As in the layout stage: an optional leading line with the key's signature joins the record under it.
                var merged = record.Concat(records[r + 1]).ToList();
                var (mergedFits, mergedCost) = Fit(merged, slots, signatures, slotOf);
                if (mergedFits)
                {
                    (record, fits, cost) = (merged, true, mergedCost);
                    r++;
                }
            }

            if (!fits)
            {
                // Lines of the region that the template does not explain count against it once a later record fits.
                unexplained += seenFit ? record.Count : 0;
                continue;
            }

            score -= unexplained;
            seenFit = true;
            unexplained = 0;
            if (fits)
            {
                score += record.Count - (2 * cost);
                var at = slotOf[..record.Count].IndexOf(headline);
                captionAbove |= at > 0 && record[at - 1].Signature.IsText && record[at].Signature.Gap == 0
                    && (slotOf[at - 1] == -1 || roles[slotOf[at - 1]] != LineRole.Caption);
            }
        }

        // Records are the page's blocks: a cut directly under a line, where the record itself holds blank
        // lines, splits the blocks (the date under one teaser taken for the next record's).
        if (key.Gap == 0 && slots.Skip(1).Any(slot => slot.Gap > 0))
        {
            score *= 0.8;
        }

        return (new RecordTemplate(key, period, phase, slots, roles, captionAbove), score);
    }

    private static (bool Fits, double Cost) Fit(List<(int Token, LineSignature Signature)> record, LineSignature[] slots, LineSignature[] signatures, Span<int> slotOf)
    {
        if (record.Count > Alignment.MaxRecordLines)
        {
            return (false, 0);
        }

        for (var i = 0; i < record.Count; i++)
        {
            signatures[i] = record[i].Signature;
        }

        var cost = Alignment.Align(signatures.AsSpan(0, record.Count), slots, slotOf);
        return (Alignment.Fits(record.Count, slots.Length, cost), cost);
    }

    /// <summary>Returns the token of the non-blank line after a record's last, or -1.</summary>
    private static int NextToken(List<(int Token, LineSignature Signature)> lines, List<(int Token, LineSignature Signature)> record)
    {
        var at = lines.IndexOf(record[^1]);
        return at + 1 < lines.Count ? lines[at + 1].Token : -1;
    }

    /// <summary>Cuts the sample into records as <see cref="RecordCutter"/> does; lines before the first record start none.</summary>
    private static List<List<(int Token, LineSignature Signature)>> Cut(
        List<(int Token, LineSignature Signature)> lines, LineSignature key, int period, int phase)
    {
        var records = new List<List<(int Token, LineSignature Signature)>>();
        var cutter = new RecordCutter(key, period, phase, 0);
        List<(int Token, LineSignature Signature)>? current = null;
        foreach (var line in lines)
        {
            if (line.Signature.EndsRecord)
            {
                current = null;
            }
            else if (cutter.Starts(line.Signature))
            {
                current = [line];
                records.Add(current);
            }
            else
            {
                current?.Add(line);
            }
        }

        return records;
    }

    /// <summary>
    /// Gives each slot of a record shape its role, or returns <see langword="null"/> when the shape is no
    /// listing record: the teaser is the last text slot when it reads like prose or runs much longer than
    /// the one before; the headline is the longest title line of the paragraph above it; a text line
    /// directly above the headline is its caption. A record with more than one prose paragraph is an
    /// article's section, and a headline that reads like prose or runs long is no headline.
    /// </summary>
    internal static LineRole[]? SlotRoles(TokenList tokens, LineSignature[] slots, List<List<(int Token, LineSignature Signature)>> records)
    {
        var roles = Enumerable.Repeat(LineRole.Member, slots.Length).ToArray();
        var text = Enumerable.Range(0, slots.Length).Where(i => slots[i].IsText).ToArray();
        if (text.Length == 0)
        {
            return null;
        }

        var length = new double[slots.Length];
        foreach (var slot in text)
        {
            length[slot] = records.Average(r => tokens[r[slot].Token].FieldLength);
        }

        // A line whose text recurs from record to record is a label (a category, a kicker, a section name):
        // headlines and teasers are each their own.
        var labels = text.Where(slot => IsLabel(tokens, records, slot)).ToArray();
        text = text.Except(labels).ToArray();
        if (text.Length == 0)
        {
            return null;
        }

        // Two paragraphs of prose make an article's section, not a record; a short "prose" line (a headline
        // that ends in a period) beside a long one is a title all the same.
        var longest = text.Max(i => length[i]);
        if (text.Count(i => slots[i].Class == LineClass.Prose && length[i] * 2 > longest) > 1)
        {
            return null;
        }

        var teaser = -1;
        if (text.Length >= 2)
        {
            var last = text[^1];
            var before = text[^2];
            if ((slots[last].Class == LineClass.Prose && slots[before].Class == LineClass.Title) || length[last] > 1.5 * length[before])
            {
                teaser = last;
                roles[teaser] = LineRole.Teaser;
            }
        }

        // The headline: a title the record repeats (the image's alt text is often the headline itself), else
        // the longest title line of the paragraph that ends just above the teaser (or the record).
        var end = teaser >= 0 ? Array.IndexOf(text, teaser) : text.Length;
        if (end == 0)
        {
            return null;
        }

        var (headline, repeat) = RepeatedTitle(tokens, text.Take(end).ToArray(), records);
        if (headline < 0)
        {
            headline = text[end - 1];
            for (var k = end - 2; k >= 0 && slots[text[k + 1]].Gap == 0 && text[k + 1] == text[k] + 1; k--)
            {
                if (length[text[k]] > length[headline])
                {
                    headline = text[k];
                }
            }
        }

        // A prose line above the headline means the cut fell between a teaser and its own headline.
        var proseHeadline = slots[headline].Class == LineClass.Prose && (teaser < 0 || length[headline] * 2 > length[teaser]);
        // Short lines are a menu (records of one line need longer ones), or the headings of an about page
        // (short headlines need more records to tell them from a few sections with their paragraphs).
        var bare = (slots.Length == 1 && length[headline] < MinBareHeadlineLength)
            || (length[headline] < MinHeadlineLength && records.Count < MinShortHeadlineRecords);
        if (bare || proseHeadline || length[headline] > MaxHeadlineLength
            || text.Any(i => i < headline && slots[i].Class == LineClass.Prose && length[i] * 2 > longest))
        {
            return null;
        }

        roles[headline] = LineRole.Headline;
        NameSlots(tokens, slots, roles, records, headline);
        if (repeat >= 0)
        {
            roles[repeat] = LineRole.Caption;
        }
        else if (headline > 0 && slots[headline - 1].IsText && slots[headline].Gap == 0 && roles[headline - 1] == LineRole.Member
            && !labels.Contains(headline - 1))
        {
            roles[headline - 1] = LineRole.Caption;
        }

        return roles;
    }

    /// <summary>
    /// Tells whether a slot holds a label rather than a field: the same text in many records ("Chronique",
    /// a category), or the same "Name:" prefix in nearly all ("Source: …", "Published: …").
    /// </summary>
    private static bool IsLabel(TokenList tokens, List<List<(int Token, LineSignature Signature)>> records, int slot)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            ref var token = ref tokens[record[slot].Token];
            var field = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
            distinct.Add(field[..Math.Min(field.Length, 64)].ToString());
            var colon = field[..Math.Min(field.Length, MaxLabelPrefix)].IndexOf(':');
            if (colon > 0)
            {
                var prefix = field[..colon].ToString();
                prefixes[prefix] = prefixes.TryGetValue(prefix, out var n) ? n + 1 : 1;
            }
        }

        return distinct.Count * 4 < records.Count * 3 || prefixes.Values.Any(n => n * 4 >= records.Count * 3 + 1);
    }

    /// <summary>Marks the title slots that hold a bare person's name in most records as the byline (after the caption is chosen).</summary>
    private static void NameSlots(TokenList tokens, LineSignature[] slots, LineRole[] roles, List<List<(int Token, LineSignature Signature)>> records, int headline)
    {
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (slot != headline && slots[slot].Class == LineClass.Title
                && records.Count(r => tokens[r[slot].Token].Has(LineFlags.Name)) * 2 > records.Count)
            {
                roles[slot] = LineRole.Byline;
            }
        }
    }

    /// <summary>Finds two title slots that hold the same text in most records: the first is the headline, the second its caption.</summary>
    private static (int Headline, int Caption) RepeatedTitle(TokenList tokens, int[] text, List<List<(int Token, LineSignature Signature)>> records)
    {
        for (var a = 0; a < text.Length; a++)
        {
            for (var b = a + 1; b < text.Length; b++)
            {
                var same = records.Count(r => tokens.SameField(r[text[a]].Token, r[text[b]].Token));
                if (same * 2 > records.Count)
                {
                    return (text[a], text[b]);
                }
            }
        }

        return (-1, -1);
    }
}
