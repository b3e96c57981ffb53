using ArticleParser.Lexing;
using ArticleParser.Lexing.Recognizers;

namespace ArticleParser.Layout;

/// <summary>
/// Infers a page's record template from repetition: the one way of cutting the page into records under
/// which the records are most alike.
/// </summary>
/// <remarks>
/// Every signature that occurs three times or more is tried as the line that starts a record: every one of
/// its lines, every second one or every third. Under each cut the most frequent record shape is the candidate template,
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

    /// <summary>Tells whether a line lies past the inference sample (see <see cref="SampleLines"/> and <see cref="SampleChars"/>).</summary>
    public static bool PastSample(in LineToken token) => token.LineNumber > SampleLines || token.OuterEnd > SampleChars;

    private const int MinExactRecords = 3;

    /// <summary>
    /// Key lines a record may span at most: a headline with its teaser, or a headline with two more lines of its shape
    /// ("Title / teaser / Posted in 2021 / Comments Off on Title", every line a title but the teaser).
    /// </summary>
    private const int MaxPeriod = 3;

    /// <summary>A headline is a title: longer lines, or most of a slot's lines reading like prose, are not.</summary>
    private const int MaxHeadlineLength = 200;

    private const int MinBareHeadlineLength = 30;

    private const int MinHeadlineLength = 20;

    /// <summary>Records of short headlines a template needs (and that a page without one needs to be no article).</summary>
    public const int MinShortHeadlineRecords = 5;

    private const int MaxLabelPrefix = 16;

    /// <summary>
    /// Whole posts alike in shape a template of posts needs when they show no date or byline line; most of its records
    /// (more than half) must then run on past the first paragraph (a listing with a stray paragraph here and there holds no posts; a
    /// writer's posts are now one paragraph, now four).
    /// </summary>
    private const int MinPostsWithoutMeta = 5;

    /// <summary>Posts closed by a name alone that make a page of signed posts (<see cref="SignsPosts"/>).</summary>
    private const int MinSignedPosts = 3;

    /// <summary>Labels are short: a teaser repeated word for word is still a teaser.</summary>
    private const int MaxLabelLength = 60;

    /// <summary>Characters the name of a section a kicker line gives runs to at most.</summary>
    private const int MaxSectionNameLength = 24;

    public static RecordTemplate? Infer(TokenList tokens)
    {
        var sample = Sample.Of(tokens);
        if (sample.Count < MinExactRecords)
        {
            return null;
        }

        RecordTemplate? best = null;
        var bestScore = 0.0;
        // Separators part records, unless the page has one in every record at least: then records holding theirs are tried too.
        for (var pass = 0; pass < (sample.Separators >= MinExactRecords ? 2 : 1); pass++)
        {
            sample.SeparatorsInside = pass == 1;
            TryKeys(sample, ref best, ref bestScore);
        }

        return best;
    }

    /// <summary>Tries every key, period and phase on the sample as it is cut now, and keeps the best template so far.</summary>
    private static void TryKeys(Sample sample, ref RecordTemplate? best, ref double bestScore)
    {
        foreach (var key in Keys(sample))
        {
            // Three key lines to a record only where no blank line parts them (a compact archive); elsewhere a record
            // of three lines alike is a headline, its teaser and another line, which two key lines already cover.
            for (var period = 1; period <= (RecordCutter.EndsRecords(key) ? 1 : key.Gap == 0 ? MaxPeriod : 2); period++)
            {
                for (var phase = 0; phase < period; phase++)
                {
                    var (template, score) = Evaluate(sample, key, period, phase, posts: false);
                    if (period == 1 && Evaluate(sample, key, period, phase, posts: true) is ({ } whole, var wholeScore) && wholeScore > score)
                    {
                        (template, score) = (whole, wholeScore);
                    }

                    if (period == 1 && MetaParagraphsAbove(sample, key) && Evaluate(sample, key, period, phase, posts: false, metaAbove: true) is ({ } dated, var datedScore) && datedScore > score)
                    {
                        (template, score) = (dated, datedScore);
                    }

                    // A record every second or third key line holds lines alike in signature: it must show that the
                    // record holds a headline and its teaser (see SlotRoles), and do better than one every key line.
                    if (period > 1 && template?.Teaser < 0)
                    {
                        continue;
                    }

                    score = period == 1 ? score : score * 0.9;
                    // A cut that lets separators through must hold one between its records' headline and teaser (where the
                    // page's markup parted two fields it left empty); else the separators stand between records after all,
                    // or it only joins records. Its records start at every key line: where two lines alike make a record,
                    // the separators tell where.
                    if (sample.SeparatorsInside && template is not null && Array.FindIndex(template.Slots, slot => slot.Class == LineClass.Separator) is var inner
                        && (inner <= template.Headline || inner >= template.Teaser || period > 1))
                    {
                        continue;
                    }

                    if (template is not null && score > bestScore)
                    {
                        (best, bestScore) = (template, score);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Tells whether the page prints a date or byline as a paragraph of its own directly above two key lines or more,
    /// so that records with such a first line are worth trying (see <see cref="RecordTemplate.MetaAbove"/>).
    /// </summary>
    private static bool MetaParagraphsAbove(Sample sample, LineSignature key)
    {
        if (key.Gap == 0 || !key.IsText || RecordCutter.EndsRecords(key))
        {
            return false;
        }

        var seen = 0;
        for (var i = 0; i + 1 < sample.Count && seen < 2; i++)
        {
            var below = sample.Signatures[i + 1];
            seen += sample.Signatures[i].Class == LineClass.Meta && below.Gap > 0 && below.Class == key.Class && below.Bullet == key.Bullet ? 1 : 0;
        }

        return seen >= 2;
    }

    /// <summary>
    /// Lists the candidate keys: each signature that starts lines three times or more, and each class after
    /// any run of blank lines (tried before the exact gaps, so that it wins a tie).
    /// </summary>
    private static List<LineSignature> Keys(Sample sample)
    {
        var counts = new Dictionary<LineSignature, int>();
        var names = 0;
        foreach (var signature in sample.Signatures)
        {
            names += signature.NameLine ? 1 : 0;
        }

        for (var i = 0; i < sample.Count; i++)
        {
            CountKeys(counts, sample.Signatures[i], names >= MinExactRecords);
        }

        var keys = new List<LineSignature>();
        foreach (var pair in counts)
        {
            if (pair.Value >= MinExactRecords)
            {
                keys.Add(pair.Key);
            }
        }

        keys.Sort(TryOrder);
        return keys;
    }

    /// <summary>
    /// Counts the keys a line may start records at; <paramref name="namesStand"/> where names stand on lines of their own
    /// often enough to key records.
    /// </summary>
    private static void CountKeys(Dictionary<LineSignature, int> counts, LineSignature own, bool namesStand)
    {
        var signature = own with { NameLine = false };
        if (namesStand && signature.Class == LineClass.Title && !own.NameLine)
        {
            // Where names stand on lines of their own (a byline under each teaser), title keys that start no record at them.
            Count(counts, signature with { SkipsNames = true, Gap = signature.Gap == 0 ? (byte)0 : LineSignature.AnyGap });
        }

        if (signature.Class == LineClass.ReadMore)
        {
            Count(counts, new LineSignature(LineClass.ReadMore, LineSignature.AnyGap)); // a key that ends records (RecordCutter.EndsRecords)
            return;
        }

        if (signature.Class == LineClass.Meta && !signature.Bullet)
        {
            // A date or byline line between records is the first line of the record under it or the last of the one
            // above: both cuts are tried, and the one that explains the page's edges scores higher.
            Count(counts, new LineSignature(LineClass.Meta, LineSignature.AnyGap, closes: true));
        }

        if (signature.EndsRecord || signature.Class is LineClass.Credit)
        {
            return;
        }

        // A text line of either shape may key one-line records, which a mark must then part (HeadlineSplit).
        var line = signature.IsText && !signature.Bullet ? 2 : 1;
        for (var k = 0; k < line; k++, signature = signature with { Class = LineClass.Line })
        {
            if (signature.Gap is 0 or LineSignature.AnyGap)
            {
                Count(counts, signature with { Gap = signature.Gap == 0 ? (byte)0 : LineSignature.AnyGap });
                Count(counts, signature with { Gap = 0 });
                continue;
            }

            Count(counts, signature with { Gap = LineSignature.AnyGap });
            Count(counts, signature);
        }
    }

    /// <summary>
    /// Counts a key. A metadata line keys records of every metadata line, and of those that hold what it holds: a blog's
    /// date line, not its "Posted by" line, starts each post; a listing's "By Name" on some records and dates on others start all.
    /// </summary>
    private static void Count(Dictionary<LineSignature, int> counts, LineSignature key)
    {
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
        if (key.Holds != MetaHolds.Any)
        {
            Count(counts, key with { Holds = MetaHolds.Any });
        }
    }

    /// <summary>
    /// Orders the keys as they are tried (the first of two that score alike wins): by class and bullet, a class after any
    /// run of blank lines before the exact gaps, and a key of any metadata line before one of the lines that hold a date
    /// (or a byline).
    /// </summary>
    private static int TryOrder(LineSignature a, LineSignature b) =>
        a.Class != b.Class ? a.Class.CompareTo(b.Class)
        : a.Bullet != b.Bullet ? a.Bullet.CompareTo(b.Bullet)
        : a.Numbered != b.Numbered ? a.Numbered.CompareTo(b.Numbered)
        : (b.Gap == LineSignature.AnyGap).CompareTo(a.Gap == LineSignature.AnyGap) is var any and not 0 ? any
        : a.Gap != b.Gap ? a.Gap.CompareTo(b.Gap)
        : a.Holds != b.Holds ? a.Holds.CompareTo(b.Holds)
        : a.SkipsNames.CompareTo(b.SkipsNames); // a key that skips names must do better than the one that does not

    /// <summary>
    /// Scores the cut at every <paramref name="period"/>-th <paramref name="key"/> line. With <paramref name="posts"/>,
    /// records are whole posts: each is shaped by its lines down to its first paragraph, the rest is its body (see
    /// <see cref="RecordTemplate.PostBody"/>); such a template must hold a date or byline line, as a blog's posts do
    /// and an article's sections do not. Where the records' most frequent shape is one line and makes no template, the
    /// most frequent shape of two lines or more is tried (<see cref="EvaluateShape"/>).
    /// </summary>
    private static (RecordTemplate? Template, double Score) Evaluate(Sample sample, LineSignature key, int period, int phase, bool posts, bool metaAbove = false)
    {
        // Where the shape most records share is one line that makes no template (a menu, a pager, a list of months above
        // the listing), the records are the most frequent shape of two lines or more, unless the lines of one stand
        // between them.
        var found = EvaluateShape(sample, key, period, phase, posts, metaAbove, multiLine: false, out var oneLineShape);
        return found.Template is null && (oneLineShape || BlockKey(key, period, posts, metaAbove)) ? EvaluateShape(sample, key, period, phase, posts, metaAbove, multiLine: true, out _) : found;
    }

    /// <summary>
    /// Tells whether a key of any text line after a blank line may start records of two lines or more: where the first
    /// lines of a page's blocks read some as titles and some as prose (long headlines), the blocks are the records, and
    /// a record whose first line is of the other shape fits its template as a near match.
    /// </summary>
    private static bool BlockKey(LineSignature key, int period, bool posts, bool metaAbove) =>
        key.Class == LineClass.Line && key.Gap != 0 && period <= 2 && !posts && !metaAbove;

    /// <summary>
    /// Tells whether three records in four are two lines, and the second runs longer than the first, by a quarter at
    /// least, on three in four of those: a teaser under each headline, where a key line every second one pairs them, and
    /// not an article's paragraphs, whose lengths follow no such beat.
    /// </summary>
    private static bool LongerSecondLines(Sample sample, List<Range> records)
    {
        var (pairs, longer) = (0, 0);
        foreach (var record in records)
        {
            if (record.Count == 2)
            {
                pairs++;
                var (first, second) = (sample.Field(record.First, 0).Length, sample.Field(record.First, 1).Length);
                longer += second * 4 > first * 5 ? 1 : 0;
            }
        }

        return pairs >= Sample.MostOf(records.Count) && longer >= Sample.MostOf(pairs);
    }

    /// <summary>
    /// Tells whether the records of two lines or more hold a title in one of their first two lines and prose in the same
    /// line of others: a key of one shape would cut them otherwise (at every title, or every second one, out of step
    /// where a teaser reads as prose and the others as titles).
    /// </summary>
    private static bool MixedSlots(Sample sample, List<Range> records)
    {
        for (var slot = 0; slot < 2; slot++)
        {
            var (titles, prose) = (0, 0);
            foreach (var record in records)
            {
                if (record.Count > 1)
                {
                    var line = sample.Signatures[record.First + slot].Class;
                    titles += line == LineClass.Title ? 1 : 0;
                    prose += line == LineClass.Prose ? 1 : 0;
                }
            }

            if (titles > 0 && prose > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Cuts the sample at the key, fits the records' most frequent shape (of two lines or more, with
    /// <paramref name="multiLine"/>) as a template, and scores it; <paramref name="oneLineShape"/> tells whether that
    /// shape was one line.
    /// </summary>
    private static (RecordTemplate? Template, double Score) EvaluateShape(Sample sample, LineSignature key, int period, int phase, bool posts, bool metaAbove, bool multiLine, out bool oneLineShape)
    {
        oneLineShape = false;
        var oneLine = key.Class == LineClass.Line && !multiLine;
        if (oneLine && (period > 1 || posts))
        {
            return (null, 0);
        }

        if (Candidate.Of(sample, key, period, phase, posts, metaAbove, multiLine, oneLine, out oneLineShape) is not { } candidate)
        {
            return (null, 0);
        }

        var (records, loose, exact, sparse, lineCount, signed, metaCloses) = candidate;

        var slots = sample.Signatures.AsSpan(exact[0], records.Find(r => r.First == exact[0]).Count).ToArray();
        slots[0] = oneLine ? key : slots[0] with { Gap = key.Gap }; // every record starts like the key, whatever its own gap
        // One line per record that a mark parts into a title and a text holds both (HeadlineSplit); lines of either
        // shape read as prose when most do.
        var prose = oneLine ? exact.Count(first => sample.Signatures[first].Class == LineClass.Prose) * 2 >= exact.Count : slots[0].Class == LineClass.Prose;
        var split = slots.Length == 1 && slots[0].IsText && !posts ? HeadlineSplit.Find(sample, exact, 0, prose) : null;
        if (oneLine && split is null)
        {
            return (null, 0);
        }

        if (key.Closes && CutsInsideBlocks(sample, exact, slots))
        {
            return (null, 0);
        }

        int[] labels = [];
        var roles = split is not null ? [LineRole.Headline] : SlotRoles(sample, slots, exact, posts, out labels);
        if (multiLine && key.Class == LineClass.Line)
        {
            slots[0] = key; // the roles are those of the most frequent shape; a block key's records start with a title or prose alike
        }

        var dated = HasMeta(slots);
        if (roles is null || (posts && !MayHoldPosts(slots, roles, exact, lineCount, dated)) || (sparse && !dated))
        {
            return (null, 0);
        }

        var captionParagraphs = split is null && !posts && CaptionParagraphsBelow(sample, records);
        var tally = Tally(sample, records, slots, roles, FieldlessSlots(sample, exact, slots, roles, labels), lineCount, captionParagraphs, metaAbove, sparse);
        return (posts && !dated && tally.Fitted < MinPostsWithoutMeta) || Score(sample, key, slots, roles, loose, tally) is not { } score
            ? (null, 0)
            : (Compose(sample, candidate, key, period, phase, posts, metaAbove, slots, roles, labels, split, tally.CaptionAbove, captionParagraphs), score);
    }

    /// <summary>Scores a cut's tally (<see cref="Judge"/>), or returns null where it leaves the page to lines it does not explain.</summary>
    private static double? Score(Sample sample, LineSignature key, LineSignature[] slots, LineRole[] roles, List<int> loose, Tallied tally)
    {
        if (Judge(sample, key, slots, roles, loose, tally) is not { } score)
        {
            return null;
        }

        // A date line read as the last of its record must leave the region to the records: where the lines the cut leaves
        // unexplained take half the score of those it explains, the dates belong to the lines under them (a teaser, a link).
        if (key.Closes && score * 2 < tally.Fitted * slots.Length)
        {
            return null;
        }

        // A separator the records hold explains no more of the page than one between them: it earns the cut nothing.
        return sample.SeparatorsInside ? score - (tally.Fitted * slots.Count(slot => slot.Class == LineClass.Separator)) : score;
    }

    /// <summary>
    /// Builds the template of a cut that scored: its slots and roles, and the rules its fields show (affixes around the
    /// headline, a link, byline or label on the teaser, captions below, section labels, a label on the key line).
    /// </summary>
    private static RecordTemplate Compose(Sample sample, Candidate candidate, LineSignature key, int period, int phase, bool posts, bool metaAbove,
        LineSignature[] slots, LineRole[] roles, int[] labels, HeadlineSplit? split, bool captionAbove, bool captionParagraphs)
    {
        var (records, _, exact, sparse, _, signed, metaCloses) = candidate;
        var affixes = split is null ? HeadlineAffixes.Find(sample, exact, Array.IndexOf(roles, LineRole.Headline), DatedLine(sample, exact, slots, roles)) : null;
        var link = TeaserLink.Find(sample, exact, Array.IndexOf(roles, LineRole.Teaser));
        var teaserByline = TeaserByline.Find(sample, exact, Array.IndexOf(roles, LineRole.Teaser));
        var teaserLabel = teaserByline is null ? TeaserLabel.Find(sample, exact, Array.IndexOf(roles, LineRole.Teaser)) : null;
        var below = CaptionBelow(sample, records);
        var slotLabels = Array.ConvertAll(Array.FindAll(labels, slot => roles[slot] == LineRole.Member), slot => SlotLabel.Of(sample, exact, slot));
        if (slotLabels.Length > 0 && affixes?.Suffix is not null)
        {
            // A section line gives each entry its label; a badge after the title then stays in it.
            affixes = affixes with { Suffix = null };
            affixes = affixes.Any ? affixes : null;
        }

        return KeyLabel(sample, exact, slots, roles, period) is ({ } label, var slot)
            ? new RecordTemplate(key, 1, 0, slots, roles, captionAbove, posts, affixes, sparse: sparse) { SeparatorsInside = sample.SeparatorsInside, KeyLabel = label, KeyLabelSecond = slot == 1, Signed = signed, MetaClosesPosts = metaCloses, TeaserLink = link, TeaserByline = teaserByline, TeaserLabel = teaserLabel, CaptionBelow = below, Labels = slotLabels, CaptionParagraphs = captionParagraphs }
            : new RecordTemplate(key, period, phase, slots, roles, captionAbove, posts, affixes, metaAbove, sparse) { SeparatorsInside = sample.SeparatorsInside, Signed = signed, MetaClosesPosts = metaCloses, TeaserLink = link, TeaserByline = teaserByline, TeaserLabel = teaserLabel, Split = split, CaptionBelow = below, Labels = slotLabels, CaptionParagraphs = captionParagraphs };
    }

    /// <summary>
    /// A cut's records and the records that share its most frequent shape (<see cref="EvaluateShape"/>); with posts, each
    /// post's whole length by its first line, and whether a name signs or a date closes the posts.
    /// </summary>
    private sealed record Candidate(List<Range> Records, List<int> Loose, List<int> Exact, bool Sparse, Dictionary<int, int> LineCount, bool Signed, bool MetaCloses)
    {
        /// <summary>Cuts the sample at the key and finds the records' most frequent shape, or returns null where no shape repeats enough.</summary>
        public static Candidate? Of(Sample sample, LineSignature key, int period, int phase, bool posts, bool metaAbove, bool multiLine, bool oneLine, out bool oneLineShape)
        {
            oneLineShape = false;
            var (records, loose) = Cut(sample, key, period, phase, metaAbove);
            if (multiLine && key.Class == LineClass.Line && (!MixedSlots(sample, records) || (period == 2 && !LongerSecondLines(sample, records))))
            {
                return null; // the key of the one shape the blocks start with cuts them the same, and says more
            }

            var lineCount = posts ? new Dictionary<int, int>(records.Count) : []; // a post's whole length, by its first line (ShapePosts)
            var (signed, metaCloses) = (false, false);
            if (posts && !ShapePosts(sample, records, lineCount, out signed, out metaCloses))
            {
                return null;
            }

            var (exact, alike) = oneLine ? (records.FindAll(r => r.Count == 1).ConvertAll(r => r.First), 0) : MostFrequentShape(sample, records, metaAbove, multiLine);
            oneLineShape = !oneLine && exact.Count > 0 && records.Find(r => r.First == exact[0]).Count == 1;
            if (multiLine && exact.Count > 0 && records.Count(r => r.Count == 1 && r.First > exact[0] && r.First < exact[^1]) * 2 >= exact.Count)
            {
                return null; // the lines of one are the records' own, between them (a comment count under each)
            }

            var sparse = false;
            if (!oneLine && !posts && !metaAbove && alike < MinExactRecords && CoveringShape(sample, records) is { } covering)
            {
                (exact, alike, sparse) = (covering.Exact, covering.Covered, true);
            }

            if (Math.Max(exact.Count, alike) < MinExactRecords || (metaAbove && (exact.Count < 2 || sample.Signatures[exact[0]].Class != LineClass.Meta)))
            {
                return null;
            }

            return new Candidate(records, loose, exact, sparse, lineCount, signed, metaCloses);
        }
    }

    /// <summary>
    /// Tells whether a key that closes records cuts directly above the next record's first line (no blank line between)
    /// while its records hold blank lines: records are the page's blocks, and such a date or byline line is the first of
    /// the block under it (<c>date | section / headline / teaser</c>, a blank line, the next date).
    /// </summary>
    private static bool CutsInsideBlocks(Sample sample, List<int> exact, LineSignature[] slots)
    {
        var glued = exact.Count(first => sample.Signatures[first].Gap == 0);
        return glued * 2 > exact.Count && slots.Skip(1).Any(slot => slot.Gap > 0);
    }

    /// <summary>
    /// Tells whether the page prints some captions as a paragraph of their own under the headline
    /// (<c>Headline / blank / alt text / blank / teaser</c>): cut at its title lines, such a page shows a lone title
    /// followed by a record that starts with alt text, on two records or more, and more often than a lone title followed
    /// by anything else (an entry without a teaser, a section title).
    /// </summary>
    private static bool CaptionParagraphsBelow(Sample sample, List<Range> records)
    {
        int captions = 0, others = 0;
        for (var r = 0; r + 1 < records.Count; r++)
        {
            if (records[r].Count == 1 && sample.Signatures[records[r].First].Class == LineClass.Title && records[r + 1].First == records[r].First + 1)
            {
                _ = CaptionParagraphUnder(sample, records[r], records[r + 1]) ? captions++ : others++;
            }
        }

        return captions >= MinCaptionVotes && captions > others;
    }

    private static bool CaptionParagraphUnder(Sample sample, Range lone, Range next) =>
        next.Count >= 2 && RecordTemplate.CaptionParagraphUnder(sample.Tokens, sample.Lines[lone.First], sample.Lines[next.First],
            sample.Signatures[next.First], sample.Signatures[next.First + 1]);

    /// <summary>Records whose headline paragraph must show which of its two lines is the alt text before the page's captions are read as under their headlines.</summary>
    private const int MinCaptionVotes = 2;

    /// <summary>
    /// Tells whether the page prints each caption directly under its headline rather than above it. Where a record's
    /// headline stands in a paragraph of two title lines over prose, the line that reads like alt text (a short phrase
    /// without a colon, question or exclamation mark or a closing period: <see cref="LineFlags.AltText"/>) while the other
    /// does not is the caption; the page's captions are under their headlines when such lines are the lower ones on
    /// two records or more and on at least twice as many records as they are the upper ones.
    /// </summary>
    private static bool CaptionBelow(Sample sample, List<Range> records)
    {
        int below = 0, above = 0;
        foreach (var record in records)
        {
            if (TitlePair(sample, record) is not { } upper)
            {
                continue;
            }

            var upperAlt = sample.Tokens[sample.Lines[upper]].Has(LineFlags.AltText);
            var lowerAlt = sample.Tokens[sample.Lines[upper + 1]].Has(LineFlags.AltText);
            below += lowerAlt && !upperAlt ? 1 : 0;
            above += upperAlt && !lowerAlt ? 1 : 0;
        }

        return below >= MinCaptionVotes && below >= 2 * above;
    }

    /// <summary>Finds a record's first paragraph of exactly two title lines with prose under it in the record; returns the upper line, or null.</summary>
    private static int? TitlePair(Sample sample, Range record)
    {
        var signatures = sample.Signatures.AsSpan(record.First, record.Count);
        for (var i = 0; i + 1 < signatures.Length; i++)
        {
            if (signatures[i].Class != LineClass.Title || (i > 0 && signatures[i].Gap == 0 && signatures[i - 1].IsText))
            {
                continue;
            }

            var pair = signatures[i + 1].Class == LineClass.Title && signatures[i + 1].Gap == 0
                && (i + 2 >= signatures.Length || signatures[i + 2].Gap > 0 || !signatures[i + 2].IsText);
            var prose = false;
            for (var j = i + 2; pair && !prose && j < signatures.Length; j++)
            {
                prose = signatures[j].Class == LineClass.Prose;
            }

            return pair && prose ? record.First + i : null;
        }

        return null;
    }

    /// <summary>
    /// Shapes each record as a whole post, by its lines down to its first paragraph, keeping each one's whole length; false
    /// when fewer than three have a body. <paramref name="signed"/> tells whether the page signs its posts (<see cref="SignsPosts"/>),
    /// <paramref name="metaCloses"/> whether a date or byline line last in a post closes it (<see cref="RecordTemplate.MetaClosesPosts"/>).
    /// </summary>
    private static bool ShapePosts(Sample sample, List<Range> records, Dictionary<int, int> lineCount, out bool signed, out bool metaCloses)
    {
        // As the layout stage reads them: the one line a key line cuts off a post that closes it (RecordTemplate.ClosesPost:
        // a line of hashtags, a sentence, or the writer's name where the page signs its posts) ends the post above it.
        signed = SignsPosts(sample, records);
        for (var r = records.Count - 1; r > 0; r--)
        {
            var above = records[r - 1];
            var next = r + 1 < records.Count ? sample.Lines[records[r + 1].First] : -1;
            if (above.First + above.Count == records[r].First
                && RecordTemplate.ClosesPost(sample.Tokens, sample.Signatures.AsSpan(records[r].First, records[r].Count), sample.Lines[records[r].First], next, signed))
            {
                records[r - 1] = above with { Count = above.Count + records[r].Count };
                records.RemoveAt(r);
            }
        }

        // A date or byline line last in a post closes it where the page's last post has one under its text too (Posted
        // by Name at 10:42 AM); else each such line opens the post under it.
        metaCloses = records.Count > 0 && sample.Signatures.AsSpan(records[^1].First, records[^1].Count) is var last
            && IndexOf(last, LineClass.Prose) is >= 0 and var prose && IndexOf(last[prose..], LineClass.Meta) >= 0;
        var bodies = 0;
        for (var r = 0; r < records.Count; r++)
        {
            var shape = RecordTemplate.PostBody(sample.Signatures.AsSpan(records[r].First, records[r].Count), metaCloses);
            // A post's own closing lines (a read-more link, "Leave a comment") follow a teaser on any listing: a body
            // of text shows the post whole.
            bodies += HoldsText(sample.Signatures.AsSpan(records[r].First + shape, records[r].Count - shape)) ? 1 : 0;
            lineCount[records[r].First] = records[r].Count;
            records[r] = records[r] with { Count = shape };
        }

        return bodies >= MinExactRecords;
    }

    private static bool HoldsText(ReadOnlySpan<LineSignature> lines) => IndexOf(lines, LineClass.Prose) >= 0 || IndexOf(lines, LineClass.Title) >= 0;

    /// <summary>Finds the first line of <paramref name="kind"/> among <paramref name="lines"/>; -1 for none.</summary>
    private static int IndexOf(ReadOnlySpan<LineSignature> lines, LineClass kind)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Class == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Tells whether the page signs its posts: a person's name alone follows three posts or more, and half of them at
    /// least. One name-like line under a post is as likely a post of its own with only a title ("Summer Reading").
    /// </summary>
    private static bool SignsPosts(Sample sample, List<Range> records)
    {
        var names = 0;
        for (var r = 1; r < records.Count; r++)
        {
            names += records[r].Count == 1 && records[r - 1].First + records[r - 1].Count == records[r].First
                && sample.Tokens[sample.Lines[records[r].First]].Has(LineFlags.Name) ? 1 : 0;
        }

        return names >= MinSignedPosts && names * 2 >= records.Count - names;
    }

    /// <summary>
    /// Tells whether a template of whole posts may be one: it has a teaser, and a date or byline line, or else most
    /// posts of its very shape (more than half) run on past their first paragraph (and five posts or more must then fit it,
    /// some with a credit line the shape lacks: <see cref="Evaluate"/> counts them).
    /// </summary>
    private static bool MayHoldPosts(LineSignature[] slots, LineRole[] roles, List<int> exact, Dictionary<int, int> lineCount, bool dated)
    {
        if (Array.IndexOf(roles, LineRole.Teaser) < 0)
        {
            return false;
        }

        var bodies = 0;
        foreach (var first in exact)
        {
            bodies += lineCount[first] > slots.Length ? 1 : 0;
        }

        return dated || bodies * 2 > exact.Count;
    }

    /// <summary>What fitting a template's records to the sample gave: the score, the records that fit and where, and whether some add a caption.</summary>
    private readonly record struct Tallied(double Score, int Fitted, int FirstFit, int LastFit, bool CaptionAbove);

    /// <summary>Fits each record to the template and scores the lines it explains, less what it costs and the lines it leaves unexplained.</summary>
    private static Tallied Tally(Sample sample, List<Range> records, LineSignature[] slots, LineRole[] roles, uint fieldless, Dictionary<int, int> lineCount, bool captionParagraphs, bool metaAbove, bool sparse)
    {
        var score = 0.0;
        var unexplained = 0.0;
        var captionsAbove = 0;
        var optional = RecordTemplate.OptionalSlots(roles, metaAbove, sparse);
        int fitted = 0, firstFit = -1, lastFit = -1;
        (Range Record, double Cost)? footerHead = null; // the last record's lines above the page's footer, as the layout stage cuts them
        Span<int> slotOf = stackalloc int[Alignment.MaxRecordLines];
        var few = FewAlone(records);
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            if (fitted > 0 && few && HeadlineAlone(sample, records, r, slots, roles))
            {
                unexplained -= 0.5; // an entry without its teaser: half explained
                continue;
            }

            var (fits, cost) = Fit(sample, record, slots, slotOf, optional);
            if (!fits && record.Count == 1 && r + 1 < records.Count && records[r + 1].First == record.First + 1
                && ((Alignment.Attached(sample.Signatures[record.First + 1]) && sample.Tokens[sample.Lines[record.First]].Has(LineFlags.AltText))
                    || (captionParagraphs && CaptionParagraphUnder(sample, record, records[r + 1]))))
            {
                // As in the layout stage: an optional leading line with the key's signature joins the record under it.
                var merged = new Range(record.First, record.Count + records[r + 1].Count);
                var (mergedFits, mergedCost) = Fit(sample, merged, slots, slotOf, optional);
                if (mergedFits)
                {
                    (record, fits, cost) = (merged, true, mergedCost);
                    r++;
                }
            }

            if (!fits)
            {
                // Lines of the region that the template does not explain count against it once a later record fits.
                unexplained += fitted > 0 ? record.Count : 0;
                footerHead ??= fitted > 0 && records.Count - r <= LayoutStage.MaxFooterStarts ? Head(sample, record, slots, slotOf, optional) : null;
                continue;
            }

            footerHead = null; // a record fits after it: that one was no last record
            score -= unexplained;
            (fitted, firstFit, lastFit, unexplained) = (fitted + 1, firstFit < 0 ? record.First : firstFit, record.First, 0);
            // A post's body counts half: the template explains that it is there, not what it holds.
            var body = lineCount.TryGetValue(record.First, out var whole) ? whole - record.Count : 0;
            score += record.Count - (0.5 * Fieldless(slotOf[..record.Count], fieldless)) + (0.5 * body) - (2 * cost);
            captionsAbove += CaptionBesideHeadline(sample, record, slotOf, roles) ? 1 : 0;
        }

        if (footerHead is { } last)
        {
            score += last.Record.Count - (2 * last.Cost);
            (fitted, lastFit) = (fitted + 1, last.Record.First);
        }

        // One line beside one headline (a page's title over the first record) makes no caption slot: two records must show one.
        return new Tallied(score, fitted, firstFit, lastFit, captionsAbove >= 2);
    }

    /// <summary>
    /// Marks the text slots whose lines no field of the entry takes: a text line besides the caption, headline, teaser,
    /// byline and date lines, other than the first one above the headline (the kicker, which gives the label) and one
    /// that every record repeats word for word (<c>Share this page</c>), which tells nothing of its entry. A template
    /// explains such a line only half, as a post's body: two lines above each headline, a kicker and the name of the
    /// byline above it, are the record above's byline and this one's kicker, not one record's two labels.
    /// </summary>
    private static uint FieldlessSlots(Sample sample, List<int> records, LineSignature[] slots, LineRole[] roles, int[] labels)
    {
        var headline = Array.IndexOf(roles, LineRole.Headline);
        var (mask, kicker) = (0u, false);
        for (var i = 0; i < slots.Length && i < 32; i++)
        {
            if (roles[i] != LineRole.Member || !slots[i].IsText || (Array.IndexOf(labels, i) >= 0 && Constant(sample, records, i)))
            {
                continue;
            }

            if (i < headline && !kicker)
            {
                kicker = true;
                continue;
            }

            mask |= 1u << i;
        }

        return mask;
    }

    /// <summary>Tells whether three records in four hold the same text in the slot as the first.</summary>
    private static bool Constant(Sample sample, List<int> records, int slot)
    {
        var same = 0;
        var first = sample.Field(records[0], slot);
        foreach (var record in records)
        {
            same += sample.Field(record, slot).SequenceEqual(first) ? 1 : 0;
        }

        return same * 4 >= records.Count * 3;
    }

    /// <summary>Counts a fitted record's lines that fall in the <paramref name="fieldless"/> slots.</summary>
    private static int Fieldless(ReadOnlySpan<int> slotOf, uint fieldless)
    {
        var count = 0;
        foreach (var slot in slotOf)
        {
            count += slot is >= 0 and < 32 && (fieldless >> slot & 1) != 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Tells whether records of one line are few among those from the first longer one on: a third at most. Entries without
    /// a teaser are a listing's exception; one in two records is a shape of its own (a headline, then a label over a teaser).
    /// </summary>
    private static bool FewAlone(List<Range> records)
    {
        var first = records.FindIndex(record => record.Count > 1);
        var alone = first < 0 ? 0 : records.Skip(first).Count(record => record.Count == 1);
        return first >= 0 && alone * 3 <= records.Count - first;
    }

    /// <summary>
    /// Tells whether record <paramref name="r"/> is a lone headline between longer records, of a template that gives
    /// entries a teaser: an entry without its teaser, which the layout stage makes one, where aligning it alone would cost
    /// it the missing teaser twice over. Two in a row are rather a headline and its teaser in a title's shape ("Why is the
    /// word so hard to claim?"), which a cut every second key line explains; so are lone lines in every other record (a
    /// headline over "Share this page", see <see cref="FewAlone"/>).
    /// </summary>
    private static bool HeadlineAlone(Sample sample, List<Range> records, int r, LineSignature[] slots, LineRole[] roles)
    {
        var (record, headline) = (records[r], Array.IndexOf(roles, LineRole.Headline));
        return record.Count == 1 && r > 0 && records[r - 1].Count > 1 && (r + 1 == records.Count || records[r + 1].Count > 1)
            && Array.IndexOf(roles, LineRole.Teaser) > headline && headline >= 0
            && sample.Signatures[record.First].Class == LineClass.Title && sample.Signatures[record.First].Matches(slots[headline]);
    }

    /// <summary>Tells whether a fitted record has a text line directly above its headline, or directly under it, that no caption slot holds.</summary>
    private static bool CaptionBesideHeadline(Sample sample, Range record, ReadOnlySpan<int> slotOf, LineRole[] roles)
    {
        var headline = Array.IndexOf(roles, LineRole.Headline);
        var at = slotOf[..record.Count].IndexOf(headline);
        return (at > 0 && sample.Signatures[record.First + at - 1].IsText && sample.Signatures[record.First + at].Gap == 0
                && (slotOf[at - 1] == -1 || roles[slotOf[at - 1]] != LineRole.Caption))
            || (at >= 0 && at + 1 < record.Count && slotOf[at + 1] == -1 && sample.Signatures[record.First + at + 1].IsText
                && sample.Signatures[record.First + at + 1].Gap == 0 && roles.Skip(headline + 1).All(r => r != LineRole.Caption));
    }

    /// <summary>Weighs what the fitted records leave unexplained; returns the template's score, or <see langword="null"/> when it is not the page's.</summary>
    private static double? Judge(Sample sample, LineSignature key, LineSignature[] slots, LineRole[] roles, List<int> loose, Tallied tally)
    {
        // A line between two records that no record holds (under a separator, above the key line) is one the
        // template does not explain; when most records have one, the template is not the page's.
        var between = loose.Count(i => i > tally.FirstFit && i < tally.LastFit);
        if (between * 2 >= tally.Fitted)
        {
            return null;
        }

        // A template without a teaser explains no paragraph but its prose headlines: where other paragraphs outnumber
        // its records, they are an article's headings and list items, not a listing's records (a forum post, a how-to).
        if (Array.IndexOf(roles, LineRole.Teaser) < 0 && sample.Paragraphs - (tally.Fitted * slots.Count(slot => slot.Class == LineClass.Prose)) > tally.Fitted)
        {
            return null;
        }

        // Records are the page's blocks: a cut directly under a line, where the record itself holds blank
        // lines, splits the blocks. A date or byline line so cut is the one under the teaser above it, never
        // the next record's; another line counts less.
        var score = tally.Score - between - CutOffTail(sample, slots, roles, tally.FirstFit);
        if (key.Gap == 0 && slots.Skip(1).Any(slot => slot.Gap > 0))
        {
            return key.Class == LineClass.Meta ? null : score * 0.8;
        }

        // So too where the records hold a wider run of blank lines than the one above them: the page parts its blocks
        // by the widest runs.
        if (key.Gap != LineSignature.AnyGap && slots.Skip(1).Any(slot => slot.Gap > key.Gap && slot.Gap != LineSignature.AnyGap))
        {
            return score * WiderGapInside;
        }

        return score;
    }

    private const double WiderGapInside = 0.6;

    /// <summary>
    /// Counts the lines directly above the first record that fits (no chrome between) that the template's last slots, under the headline, explain:
    /// the tail of a record the cut left out (a date line that opens the page, above the first headline, where the
    /// template puts dates last). The cut that starts the records a line earlier explains them.
    /// </summary>
    private static int CutOffTail(Sample sample, LineSignature[] slots, LineRole[] roles, int firstFit)
    {
        var above = 0;
        while (firstFit - above > 0 && !sample.Signatures[firstFit - above - 1].EndsRecord)
        {
            above++;
        }

        var headline = Array.IndexOf(roles, LineRole.Headline);
        for (var tail = Math.Min(above, slots.Length - headline - 1); tail > 0; tail--)
        {
            var fits = true;
            for (var i = 0; i < tail && fits; i++)
            {
                fits = sample.Signatures[firstFit - tail + i].Matches(slots[slots.Length - tail + i]);
            }

            if (fits)
            {
                return tail;
            }
        }

        return 0;
    }

    /// <summary>
    /// Returns the first lines of the records that share the most frequent shape (ties: the shorter, since an optional
    /// line such as a caption makes the longer), and how many records share it. With <paramref name="metaAbove"/>, a
    /// record's leading date or byline paragraph is no part of its shape, and the records returned are those that have one.
    /// With <paramref name="multiLine"/>, records of one line have no say.
    /// </summary>
    private static (List<int> Exact, int Alike) MostFrequentShape(Sample sample, List<Range> records, bool metaAbove, bool multiLine)
    {
        var groups = new Dictionary<ulong, (List<int> All, List<int> Led)>();
        (List<int> All, List<int> Led)? best = null;
        var bestLength = 0;
        foreach (var record in records)
        {
            if (record.Count > Alignment.MaxRecordLines || (multiLine && record.Count == 1))
            {
                continue;
            }

            // The gap above a record is the key's business, not the record's shape: records after one blank
            // line, after two, and the one the input starts with are alike.
            var led = metaAbove && record.Count > 1 && sample.Signatures[record.First].Class == LineClass.Meta && sample.Signatures[record.First + 1].Gap > 0;
            var first = record.First + (led ? 1 : 0);
            var hash = 14695981039346656037UL;
            for (var i = first; i < record.First + record.Count; i++)
            {
                var signature = sample.Signatures[i];
                var gap = i == first ? 0 : signature.Gap;
                hash = (hash ^ (ulong)(((int)signature.Class << 10) | (gap << 1) | (signature.Bullet ? 1 : 0))) * 1099511628211UL;
            }

            var length = record.First + record.Count - first;
            hash ^= (ulong)length << 56;
            if (!groups.TryGetValue(hash, out var group))
            {
                groups[hash] = group = ([], []);
            }

            group.All.Add(record.First);
            if (led)
            {
                group.Led.Add(record.First);
            }

            if (best is not { } top || group.All.Count > top.All.Count || (group.All.Count == top.All.Count && length < bestLength))
            {
                (best, bestLength) = (group, length);
            }
        }

        return best is not { } shape ? ([], 0) : (metaAbove ? shape.Led : shape.All, shape.All.Count);
    }

    /// <summary>
    /// Finds the shape that most records fit in when none repeats three times: records that each lack a line or two of
    /// one template (a caption on some, a teaser on others, <c>caption? headline teaser? byline</c>). The shape must be
    /// some two records' own, and at least three records and two in three of all must be in it, line for line in order
    /// with lines left out. Returns the first lines of the records of that very shape and how many fit in it, or
    /// <see langword="null"/>.
    /// </summary>
    private static (List<int> Exact, int Covered)? CoveringShape(Sample sample, List<Range> records)
    {
        var (best, bestCovered) = (-1, 0);
        for (var r = 0; r < records.Count; r++)
        {
            var shape = records[r];
            if (shape.Count < 2 || shape.Count > Alignment.MaxRecordLines || records.FindIndex(0, r, other => SameShape(sample, other, shape)) >= 0)
            {
                continue; // each shape once, from its first record
            }

            var (exact, covered) = (0, 0);
            foreach (var record in records)
            {
                exact += SameShape(sample, record, shape) ? 1 : 0;
                covered += InShape(sample, record, shape) ? 1 : 0;
            }

            if (exact >= 2 && covered >= MinExactRecords && covered * 3 >= records.Count * 2
                && (best < 0 || covered > bestCovered || (covered == bestCovered && shape.Count < records[best].Count)))
            {
                (best, bestCovered) = (r, covered);
            }
        }

        return best < 0 ? null : (records.FindAll(record => SameShape(sample, record, records[best])).ConvertAll(record => record.First), bestCovered);
    }

    /// <summary>
    /// Tells whether two records have the same lines' classes and bullets in order. Unlike <see cref="MostFrequentShape"/>,
    /// no gap counts: records that each lack a line differ in their blank lines too.
    /// </summary>
    private static bool SameShape(Sample sample, Range a, Range b) => a.Count == b.Count && InShape(sample, a, b);

    /// <summary>Tells whether each line of <paramref name="record"/> has the class and bullet of a line of <paramref name="shape"/>, in order, the first lines alike (gaps aside).</summary>
    private static bool InShape(Sample sample, Range record, Range shape)
    {
        if (record.Count > shape.Count || !Alike(sample.Signatures[record.First], sample.Signatures[shape.First]))
        {
            return false;
        }

        var s = 1;
        for (var i = 1; i < record.Count; i++, s++)
        {
            while (s < shape.Count && !Alike(sample.Signatures[record.First + i], sample.Signatures[shape.First + s]))
            {
                s++;
            }

            if (s == shape.Count)
            {
                return false;
            }
        }

        return true;

        static bool Alike(LineSignature a, LineSignature b) => a.Class == b.Class && a.Bullet == b.Bullet;
    }

    private static (bool Fits, double Cost) Fit(Sample sample, Range record, LineSignature[] slots, Span<int> slotOf, uint optional)
    {
        if (record.Count > Alignment.MaxRecordLines)
        {
            return (false, 0);
        }

        var cost = Alignment.Align(sample.Signatures.AsSpan(record.First, record.Count), slots, slotOf, optional);
        return (Alignment.Fits(record.Count, slots.Length, cost), cost);
    }

    /// <summary>Returns the lines of a record down to the last one the template explains, when they fit it on their own (the page's last record, its footer under it).</summary>
    private static (Range Record, double Cost)? Head(Sample sample, Range record, LineSignature[] slots, Span<int> slotOf, uint optional)
    {
        if (record.Count > Alignment.MaxRecordLines)
        {
            return null;
        }

        Alignment.Align(sample.Signatures.AsSpan(record.First, record.Count), slots, slotOf, optional);
        var head = record.Count;
        while (head > 0 && slotOf[head - 1] < 0)
        {
            head--;
        }

        var lines = new Range(record.First, head);
        return head >= 2 && head < record.Count && Fit(sample, lines, slots, slotOf, optional) is (true, var cost) ? (lines, cost) : null;
    }

    /// <summary>
    /// Cuts the sample into records as <see cref="RecordCutter"/> does, and lists the loose lines: those after
    /// page chrome or a separator and before the next record's key line, which no record holds.
    /// </summary>
    private static (List<Range> Records, List<int> Loose) Cut(Sample sample, LineSignature key, int period, int phase, bool metaAbove)
    {
        var (records, loose) = (sample.CutRecords, sample.CutLoose);
        records.Clear();
        loose.Clear();
        var cutter = new RecordCutter(key, period, phase, 0, metaAbove, sample.SeparatorsInside);
        var open = false;
        for (var i = 0; i < sample.Count; i++)
        {
            var signature = sample.Signatures[i];
            if (cutter.Ends(signature))
            {
                open = false;
            }
            else if (cutter.Starts(signature, i + 1 < sample.Count ? sample.Signatures[i + 1] : null, open))
            {
                open = true;
                records.Add(new Range(i, 1));
            }
            else if (open)
            {
                records[^1] = records[^1] with { Count = records[^1].Count + 1 };
            }
            else
            {
                loose.Add(i);
            }
        }

        // Where keys end records, the lines above the first record that ends in one are the page's header, and so are
        // that record's lines above a record's usual length.
        if (RecordCutter.EndsRecords(key) && records.FindIndex(r => sample.Signatures[r.First + r.Count - 1].Class == key.Class) is >= 0 and var first)
        {
            var record = records[first];
            var header = RecordCutter.HeaderLines(sample.Signatures.AsSpan(record.First, record.Count), UsualLength(records, first), captionAbove: false);
            loose.AddRange(records.Take(first).SelectMany(r => Enumerable.Range(r.First, r.Count)).Concat(Enumerable.Range(record.First, header)));
            loose.Sort();
            records.RemoveRange(0, first);
            records[0] = new Range(record.First + header, record.Count - header);
        }

        return (records, loose);
    }

    /// <summary>Returns the line count most records after <paramref name="first"/> have (ties: the shorter).</summary>
    private static int UsualLength(List<Range> records, int first)
    {
        var counts = new Dictionary<int, int>();
        var (usual, most) = (0, 0);
        for (var r = first + 1; r < records.Count; r++)
        {
            var n = counts[records[r].Count] = counts.TryGetValue(records[r].Count, out var seen) ? seen + 1 : 1;
            if (n > most || (n == most && records[r].Count < usual))
            {
                (usual, most) = (records[r].Count, n);
            }
        }

        return usual;
    }

    /// <summary>Names a run of the sample's lines: a record.</summary>
    internal readonly record struct Range(int First, int Count);

    /// <summary>The non-blank lines of the inference sample: their tokens and signatures.</summary>
    internal sealed class Sample
    {
        private Sample(TokenList tokens, int[] lines, LineSignature[] signatures)
        {
            Tokens = tokens;
            Lines = lines;
            Signatures = signatures;
            Paragraphs = signatures.Count(signature => signature.Class == LineClass.Prose);
            Separators = signatures.Count(signature => signature.Class == LineClass.Separator);
        }

        // By slot count, then by the record's first line: a record's hash, once it is known.
        private int?[]?[]? _recordHashes;

        /// <summary>Gets how many lines read as prose.</summary>
        public int Paragraphs { get; }

        /// <summary>
        /// Gets the records and the loose lines of the latest candidate cut (<see cref="Cut"/>): one pair of lists serves
        /// every cut of the sample, as each cut is judged before the next is made and no template keeps them.
        /// </summary>
        public List<Range> CutRecords { get; } = [];

        /// <inheritdoc cref="CutRecords"/>
        public List<int> CutLoose { get; } = [];

        /// <summary>
        /// Gets or sets whether the candidate cuts hold separator lines inside records (<see cref="RecordTemplate.SeparatorsInside"/>):
        /// <see cref="Infer"/> tries the page both ways where it has separator lines enough for one in every record.
        /// </summary>
        public bool SeparatorsInside { get; set; }

        /// <summary>Gets how many lines are separators.</summary>
        public int Separators { get; }

        public TokenList Tokens { get; }

        public int[] Lines { get; }

        public LineSignature[] Signatures { get; }

        public int Count => Lines.Length;

        public static Sample Of(TokenList tokens)
        {
            var lines = new List<int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                ref var token = ref tokens[i];
                if (PastSample(token))
                {
                    break;
                }

                if (token.Kind != LineKind.Blank)
                {
                    lines.Add(i);
                }
            }

            var signatures = new LineSignature[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                signatures[i] = LineSignature.Of(tokens, lines[i]);
            }

            return new Sample(tokens, [.. lines], signatures);
        }

        /// <summary>
        /// Returns <see cref="TemplateInference.RecordHash"/> of the record that starts at sample line <paramref name="record"/>,
        /// computed once per sample: the candidate cuts share most of their records, and hashing them again for each cut
        /// was a fifth of the inference.
        /// </summary>
        public int RecordHash(int record, int slotCount)
        {
            if (slotCount > Alignment.MaxRecordLines)
            {
                return TemplateInference.RecordHash(this, record, slotCount);
            }

            _recordHashes ??= new int?[Alignment.MaxRecordLines + 1][];
            var hashes = _recordHashes[slotCount] ??= new int?[Count];
            return hashes[record] ??= TemplateInference.RecordHash(this, record, slotCount);
        }

        /// <summary>Gets the token of line <paramref name="slot"/> of the record that starts at sample line <paramref name="first"/>.</summary>
        public ref LineToken Token(int first, int slot) => ref Tokens[Lines[first + slot]];

        /// <summary>Gets the field of line <paramref name="slot"/> of the record that starts at sample line <paramref name="first"/>, where it stands in the source.</summary>
        public ReadOnlySpan<char> Field(int first, int slot)
        {
            ref var token = ref Token(first, slot);
            return Tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        }

        /// <summary>
        /// Returns how many of <paramref name="records"/> records must show a trait the page glues to its fields (an
        /// affix, a link, a mark) for it to be the page's: three in four, and three at least.
        /// </summary>
        public static int MostOf(int records) => Math.Max(3, ((records * 3) + 3) / 4);
    }

    /// <summary>
    /// Gives each slot of a record shape its role, or returns <see langword="null"/> when the shape is no
    /// listing record: the teaser is the last text slot when it reads like prose or runs much longer than
    /// the one before; the headline is the text line above it; a text line
    /// directly above the headline is its caption. A record with more than one prose paragraph is an
    /// article's section, and a headline that reads like prose or runs long is no headline. With <paramref name="posts"/>,
    /// the records are whole posts (see <see cref="Evaluate"/>).
    /// </summary>
    internal static LineRole[]? SlotRoles(Sample sample, LineSignature[] slots, List<int> records, bool posts, out int[] labels)
    {
        labels = [];
        var roles = new LineRole[slots.Length];
        roles.AsSpan().Fill(LineRole.Member);
        var length = new double[slots.Length];
        if (FieldSlots(sample, slots, records, roles, length, out labels) is not { Length: > 0 } text)
        {
            return null;
        }

        // A title the record repeats is the headline, the repeat its caption (the image's alt text is often
        // the headline itself): the repetition shows it is a title, whatever its shape.
        var (repeated, repeat) = RepeatedTitle(sample, text, records);
        text = Except(text, [repeat]);
        if (repeat >= 0 && CountGlued(sample, records, repeat) * 2 > records.Count)
        {
            // "Read moreTitle": a read-more link that names its article, glued by a lost space, is no caption.
            repeat = -1;
        }

        // Two paragraphs of prose make an article's section, not a record, unless the page cuts the lower one only.
        var cutUnder = text.Length == 2 && CutUnderWhole(sample, records, text[0], text[1]);
        if (Paragraphs(slots, text, length, repeated, out var longest) > 1 && !cutUnder)
        {
            return null;
        }

        if (text.Length == 1 && slots[text[0]].Class == LineClass.Prose && PeriodSlot(sample, slots, records, text[0]) is >= 0 and var period)
        {
            (roles[period], roles[text[0]]) = (LineRole.Headline, LineRole.Teaser); // see PeriodSlot
            return roles;
        }

        var teaser = TeaserSlot(slots, text, length, repeated);
        if (teaser >= 0)
        {
            roles[teaser] = LineRole.Teaser;
        }

        var headline = HeadlineSlot(sample, slots, records, text, length, teaser, repeated);
        if (headline < 0 || !IsHeadline(slots, text, length, records.Count, headline, teaser, repeated >= 0 || cutUnder, longest, posts)
            || SpeechTurns(sample, records, headline))
        {
            return null;
        }

        roles[headline] = LineRole.Headline;
        NameSlots(sample, slots, roles, records, headline);
        CaptionRole(sample, slots, records, roles, labels, headline, teaser, repeat);
        return roles;
    }

    /// <summary>
    /// Gives the caption its role: the repeat of the headline, else a text line above the headline (no section name, unless
    /// a file's), else a line hanging under the teaser that is the next record's caption.
    /// </summary>
    private static void CaptionRole(Sample sample, LineSignature[] slots, List<int> records, LineRole[] roles, int[] labels, int headline, int teaser, int repeat)
    {
        if (repeat >= 0)
        {
            roles[repeat] = LineRole.Caption;
        }
        else if (CaptionAbove(sample, records, slots, roles, labels, headline) is var caption and >= 0
            && (!SectionNames(sample, records, caption) || FileNames(sample, records, caption)))
        {
            roles[caption] = LineRole.Caption;
        }
        else if (HangingCaption(slots, roles, labels, teaser) is var hanging and >= 0 && !Recurs(sample, records, hanging))
        {
            roles[hanging] = LineRole.NextCaption;
        }
    }

    /// <summary>
    /// Finds the slot directly above the paragraph <paramref name="teaser"/> that holds, in every record, a period and
    /// nothing else: a year alone, or a month or season and its year, without a day or a name; -1 for none. Over each
    /// record's one paragraph ("1963", "Říjen 2009") it names the time the text covers: a chronicle's or a column's title,
    /// the only one its record has. (A month with its year stays a date line too, so the entry has it as its date.)
    /// </summary>
    private static int PeriodSlot(Sample sample, LineSignature[] slots, List<int> records, int teaser)
    {
        var slot = teaser - 1;
        if (slot < 0 || slots[slot].Class is not (LineClass.Meta or LineClass.Kicker))
        {
            return -1; // a month and year read as a date line, a year alone as a line without letters
        }

        foreach (var first in records)
        {
            var meta = sample.Tokens.MetaOf(sample.Token(first, slot));
            if (meta.BylineStart >= 0 || meta.Date is not null || meta.EitherOrder is not null || !IsPeriod(sample.Field(first, slot)))
            {
                return -1;
            }
        }

        return slot;
    }

    /// <summary>Tells a year alone ("1963"), or one or two words of letters before it ("Říjen 2009", "Hösten 2020").</summary>
    private static bool IsPeriod(ReadOnlySpan<char> field)
    {
        var space = field.LastIndexOf(' ');
        var year = field[(space + 1)..];
        if (year.Length != 4 || year[0] is not ('1' or '2'))
        {
            return false;
        }

        foreach (var c in year)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        // The words before the year (the field is trimmed, so each space ends one): letters only, two at most.
        var words = 0;
        for (var i = 0; i <= space; i++)
        {
            words += field[i] == ' ' ? 1 : 0;
            if (field[i] != ' ' ? !char.IsLetter(field[i]) : field[i - 1] == ' ')
            {
                return false;
            }
        }

        return words <= 2;
    }

    /// <summary>
    /// Chooses the headline's slot: the repeated title, else the last text line above the teaser (or of the record), as
    /// the format has it: a caption directly followed by the headline. (Which of the two is longer says nothing: alt text
    /// runs long as often as headlines run short.) Returns -1 when no text line stands above the teaser.
    /// </summary>
    private static int HeadlineSlot(Sample sample, LineSignature[] slots, List<int> records, int[] text, double[] length, int teaser, int repeated)
    {
        var end = teaser >= 0 ? Array.IndexOf(text, teaser) : text.Length;
        if (end == 0 || repeated >= 0)
        {
            return end == 0 ? -1 : repeated;
        }

        var headline = text[end - 1];
        var above = end >= 2 && slots[text[end - 2]].Class == LineClass.Title ? text[end - 2] : -1;
        if (above >= 0 && HoldsNames(sample, records, headline) && !HoldsNames(sample, records, above))
        {
            return above; // a name under a title is its byline ("Harbour Wall Repairs / Anna Kowalski / 12 March 2024")
        }

        // A line the page frames in its own words under a title about as long is that title's metadata ("Avatar Name
        // abe 11 Politika"); a line much shorter above a framed title is its caption.
        return above >= 0 && length[above] * 3 > length[headline] * 2 && Framed(sample, records, headline) && !Framed(sample, records, above)
            ? above : headline;
    }

    /// <summary>
    /// Tells whether most records' headlines open with a dash of dialogue (<c>— Question?</c>): the turns of an interview,
    /// question and answer, not a listing's titles, which no page opens so.
    /// </summary>
    private static bool SpeechTurns(Sample sample, List<int> records, int headline)
    {
        var turns = 0;
        foreach (var first in records)
        {
            turns += NoListing.OpensTurn(sample.Tokens, sample.Token(first, headline)) ? 1 : 0;
        }

        return turns >= Sample.MostOf(records.Count);
    }

    /// <summary>
    /// Finds a caption that hangs under the teaser: a title line printed directly under it (or under its read-more link), last in the record, with a
    /// blank line between it and the next record's first line (the thumbnail's alt text bound to the text above it, not
    /// to its own headline); -1 for none. A line of labels (a category under every teaser) recurs and is none.
    /// </summary>
    private static int HangingCaption(LineSignature[] slots, LineRole[] roles, int[] labels, int teaser)
    {
        var last = slots.Length - 1;
        return teaser >= 0 && (last == teaser + 1 || (last == teaser + 2 && slots[teaser + 1].Class == LineClass.ReadMore))
            && slots[last].Class == LineClass.Title && slots[last].Gap == 0 && !slots[last].Bullet
            && slots[0].Gap > 0 && roles[last] == LineRole.Member && Array.IndexOf(labels, last) < 0 ? last : -1;
    }

    /// <summary>
    /// Tells whether the slot's texts recur: a text that two records or more share, in half the records at least (a
    /// section name under each link: "Архитектура", "Традиции", "Български Личности" again), not the alt text of each
    /// entry's own picture, which may repeat once ("File photo").
    /// </summary>
    private static bool Recurs(Sample sample, List<int> records, int slot)
    {
        var repeated = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var field = sample.Field(records[i], slot);
            for (var j = 0; j < records.Count; j++)
            {
                if (j != i && field.SequenceEqual(sample.Field(records[j], slot)))
                {
                    repeated++;
                    break;
                }
            }
        }

        return repeated * 2 >= records.Count;
    }

    /// <summary>
    /// Finds the caption: the text line directly above the headline, or above the category or kicker line that stands
    /// there (an image's alt text, then its section: "Dockers on the picket line / Labour / Headline"), or a bulleted
    /// line above it; -1 for none.
    /// </summary>
    private static int CaptionAbove(Sample sample, List<int> records, LineSignature[] slots, LineRole[] roles, int[] labels, int headline)
    {
        var above = headline - 1;
        if (above >= 0 && Array.IndexOf(labels, above) >= 0 && roles[above] == LineRole.Member && slots[above + 1].Gap == 0)
        {
            if (PictureNames(sample, records, above))
            {
                return above; // the same words over every headline that name a picture: the thumbnail's generic alt text
            }

            above--; // the label is no caption; the line over it may be
        }

        // A bulleted line may stand a blank line above (the list item the thumbnail's alt text became), as may the
        // image's file name (its slug: "soobrakajka-noc") and a Markdown image.
        return above >= 0 && slots[above].IsText && roles[above] == LineRole.Member && Array.IndexOf(labels, above) < 0
            && (slots[above + 1].Gap == 0 || slots[above].Bullet || FileNames(sample, records, above) || Images(sample, records, above)) ? above : -1;
    }

    /// <summary>Tells whether three in four records or more hold a Markdown image in the slot (<see cref="LineMarks.Image"/>).</summary>
    private static bool Images(Sample sample, List<int> records, int slot)
    {
        var images = 0;
        foreach (var record in records)
        {
            images += (sample.Token(record, slot).Marks & LineMarks.Image) != 0 ? 1 : 0;
        }

        return images * 4 >= records.Count * 3;
    }

    /// <summary>Tells whether three in four records or more name a picture in the slot (<see cref="LineMarks.NamesPicture"/>).</summary>
    private static bool PictureNames(Sample sample, List<int> records, int slot)
    {
        var named = 0;
        foreach (var record in records)
        {
            named += (sample.Token(record, slot).Marks & LineMarks.NamesPicture) != 0 ? 1 : 0;
        }

        return named * 4 >= records.Count * 3;
    }

    /// <summary>
    /// Tells whether three in four records or more print an image's slug in the slot (<see cref="Decoration.IsSlug"/>),
    /// each its own: a section's name with a hyphen (<c>sci-tech</c>) comes back.
    /// </summary>
    private static bool FileNames(Sample sample, List<int> records, int slot)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (sample.Field(record, slot) is var field && Decoration.IsSlug(field))
            {
                names.Add(field.ToString());
            }
        }

        return names.Count * 4 >= records.Count * 3;
    }

    /// <summary>
    /// Tells whether most records' lines in a slot are one word each, of letters only, and not all the same word: the
    /// section each story is filed under (<c>Politics</c>, <c>Art</c>, <c>Literature</c>), a kicker over its headline.
    /// An image's alt text describes it in words, and a file name has digits or marks; one word every record repeats is
    /// the page's label, which <see cref="FieldSlots"/> sets aside.
    /// </summary>
    private static bool SectionNames(Sample sample, List<int> records, int slot)
    {
        var (single, first, differ) = (0, -1, false);
        foreach (var record in records)
        {
            var field = sample.Field(record, slot);
            if (field.Length is 0 or > MaxSectionNameLength || field.IndexOf(' ') >= 0 || !IsLettersOnly(field))
            {
                continue;
            }

            single++;
            differ |= first >= 0 && !field.SequenceEqual(sample.Field(first, slot));
            first = first < 0 ? record : first;
        }

        return differ && single >= Sample.MostOf(records.Count);

        static bool IsLettersOnly(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && !Lexing.Recognizers.Words.IsMark(c) && c is not ('-' or '־'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Tells whether the page cuts the text of slot <paramref name="lower"/> ("…", "...", "[…]") in most records and never the
    /// text above it in <paramref name="upper"/>: a teaser under a headline written as a sentence (<c>Πότε επιτρέπεται η
    /// δια περιφοράς συνεδρίαση.</c>), which the page prints whole, where an article's paragraphs are never cut.
    /// </summary>
    private static bool CutUnderWhole(Sample sample, List<int> records, int upper, int lower)
    {
        var cut = 0;
        foreach (var first in records)
        {
            if (TextRules.EndsWithTruncationMarker(sample.Field(first, upper)))
            {
                return false;
            }

            cut += TextRules.EndsWithTruncationMarker(sample.Field(first, lower)) ? 1 : 0;
        }

        return cut >= Sample.MostOf(records.Count);
    }

    /// <summary>
    /// Counts the text slots that read as paragraphs, and measures the longest text slot: a short "prose" line (a
    /// headline that ends in a period) beside a long one is a title all the same, and the repeated title is none.
    /// </summary>
    private static int Paragraphs(LineSignature[] slots, int[] text, double[] length, int repeated, out double longest)
    {
        longest = double.NegativeInfinity;
        foreach (var i in text)
        {
            longest = Math.Max(longest, length[i]);
        }

        var paragraphs = 0;
        foreach (var i in text)
        {
            paragraphs += slots[i].Class == LineClass.Prose && length[i] * 2 > longest && i != repeated ? 1 : 0;
        }

        return paragraphs;
    }

    /// <summary>
    /// Returns the text slots that may hold a field, measuring each one's mean <paramref name="length"/>: labels and
    /// date lines are set aside (<paramref name="labels"/> lists both; date lines get <see cref="LineRole.Date"/>).
    /// </summary>
    private static int[] FieldSlots(Sample sample, LineSignature[] slots, List<int> records, LineRole[] roles, double[] length, out int[] labels)
    {
        var text = new List<int>(slots.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].IsText)
            {
                text.Add(i);
                length[i] = MeanFieldLength(sample, records, i);
            }
        }

        // A line whose text recurs from record to record is a label (a category, a kicker, a section name):
        // headlines and teasers are each their own.
        // The first of each set of equal records is found once for all slots, and only if a slot's texts look like a label's.
        List<int>? firstOfEqual = null;
        var found = new List<int>();
        foreach (var slot in text)
        {
            if (length[slot] <= MaxLabelLength && IsLabel(sample, records, slot, slots.Length, ref firstOfEqual))
            {
                found.Add(slot);
            }
        }

        // Lines that count ("Issue 120", "Issue 119") are labels too, where a title that does not count remains for the headline.
        var rest = Except([.. text], [.. found]);
        var counters = Array.FindAll(rest, slot => IsCounter(sample, records, slot));
        if (counters.Length > 0 && HasTitle(slots, Except(rest, counters)))
        {
            found.AddRange(counters);
        }

        labels = [.. found];
        var fields = Except([.. text], labels);

        // A line that holds a date among other words in nearly every record ("Pubblicato giorno 16 aprile 2022 - venti
        // righe dal parroco") is the record's date line, when a title remains for the headline: the repetition shows
        // what one such line alone would not.
        found.Clear();
        foreach (var slot in fields)
        {
            if (IsDated(sample, records, slot) && !EndsInDates(sample, records, slot))
            {
                found.Add(slot);
            }
        }

        int[] dated = [.. found];
        var undated = Except(fields, dated);
        if (dated.Length > 0 && HasTitle(slots, undated))
        {
            fields = undated;
            labels = [.. labels, .. dated];
            foreach (var slot in dated)
            {
                roles[slot] = LineRole.Date;
            }
        }

        return fields;
    }

    /// <summary>Returns <paramref name="items"/> without those in <paramref name="remove"/>, in order (Enumerable.Except over distinct slots, without its set).</summary>
    private static int[] Except(int[] items, int[] remove)
    {
        var kept = new List<int>(items.Length);
        foreach (var item in items)
        {
            if (Array.IndexOf(remove, item) < 0)
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }

    private static bool HasTitle(LineSignature[] slots, int[] text)
    {
        foreach (var slot in text)
        {
            if (slots[slot].Class == LineClass.Title)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the mean field length of a slot over the records (as Enumerable.Average: a long sum over the count).</summary>
    private static double MeanFieldLength(Sample sample, List<int> records, int slot)
    {
        var sum = 0L;
        foreach (var record in records)
        {
            sum += sample.Token(record, slot).FieldLength;
        }

        return (double)sum / records.Count;
    }

    /// <summary>Counts the records whose line in the slot has its field start past the outer text (something glued before it) and no bullet.</summary>
    private static int CountGlued(Sample sample, List<int> records, int slot)
    {
        var count = 0;
        foreach (var record in records)
        {
            ref var token = ref sample.Token(record, slot);
            count += token.FieldStart > token.OuterStart && !token.Has(LineFlags.Bullet) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Finds the teaser: the last text line, when it reads as prose under a title or runs much longer than the line
    /// above; short title lines under it (an author's name, a source) are the record's other lines. Returns -1 for none.
    /// </summary>
    private static int TeaserSlot(LineSignature[] slots, int[] text, double[] length, int repeated)
    {
        for (var k = text.Length - 1; k >= 1 && text[k] != repeated; k--)
        {
            var (line, before) = (text[k], text[k - 1]);
            if ((slots[line].Class == LineClass.Prose && slots[before].Class == LineClass.Title) || length[line] > 1.5 * length[before])
            {
                return line;
            }

            if (slots[line].Class != LineClass.Title || length[line] * 2 > length[before])
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>Tells whether the slot chosen for the headline can be one (see the conditions inside).</summary>
    private static bool IsHeadline(LineSignature[] slots, int[] text, double[] length, int records, int headline, int teaser, bool repeated, double longest, bool posts)
    {
        // A prose line above the headline means the cut fell between a teaser and its own headline.
        var proseHeadline = !repeated && slots[headline].Class == LineClass.Prose && (teaser < 0 || length[headline] * 2 > length[teaser]);
        // Short lines are a menu (records of one line need longer ones, and as many as a listing has: four items are a
        // list in an article), or the headings of an about page (short headlines need more records to tell them from a
        // few sections with their paragraphs).
        // A date or byline line over every whole post tells posts from an article's sections as well as their number does;
        // in every record of a listing it stands for one record: four dated records of short headlines are a listing
        // ("2025年3月12日 / 市立図書館、日曜日も開館へ / teaser"), three stay the local rules' (a page header above them).
        var dated = HasMeta(slots);
        var bare = (slots.Length == 1 && (length[headline] < MinBareHeadlineLength || records < MinShortHeadlineRecords))
            || (length[headline] < MinHeadlineLength && records < MinShortHeadlineRecords - (dated ? 1 : 0) && !(posts && dated));
        return !(bare || proseHeadline || (length[headline] > MaxHeadlineLength && !repeated)
            || ProseAbove(slots, text, length, headline, longest));
    }

    private static bool HasMeta(LineSignature[] slots)
    {
        foreach (var slot in slots)
        {
            if (slot.Class == LineClass.Meta)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether a text slot above the headline reads like prose and runs longer than half the longest.</summary>
    private static bool ProseAbove(LineSignature[] slots, int[] text, double[] length, int headline, double longest)
    {
        foreach (var i in text)
        {
            if (i < headline && slots[i].Class == LineClass.Prose && length[i] * 2 > longest)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the label that makes a record every second key line: a member slot after the first that has the key's
    /// signature and the same text in three records in four or more. Cut at the other key lines (period 1), the records
    /// no longer depend on every headline having the key's shape.
    /// </summary>
    private static (string? Text, int Slot) KeyLabel(Sample sample, List<int> records, LineSignature[] slots, LineRole[] roles, int period)
    {
        if (period != 2)
        {
            return (null, -1);
        }

        for (var slot = 1; slot < slots.Length; slot++)
        {
            if (roles[slot] != LineRole.Member || slots[slot].Class != slots[0].Class || slots[slot].Bullet != slots[0].Bullet)
            {
                continue;
            }

            var texts = records.GroupBy(r => sample.Tokens.Field(sample.Lines[r + slot])).OrderByDescending(g => g.Count()).First();
            if (texts.Count() * 4 >= records.Count * 3)
            {
                return (texts.Key, slot);
            }
        }

        return (null, -1);
    }

    /// <summary>Tells whether the records print a line of their own with the date (<c>Posted on 2 May 2025</c>) in three in four or more.</summary>
    private static bool DatedLine(Sample sample, List<int> records, LineSignature[] slots, LineRole[] roles)
    {
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (roles[slot] == LineRole.Date)
            {
                return true;
            }

            if (slots[slot].Class != LineClass.Meta)
            {
                continue;
            }

            var dated = 0;
            foreach (var record in records)
            {
                ref var token = ref sample.Token(record, slot);
                dated += sample.Tokens.MetaOf(token).DateLength > 0 ? 1 : 0;
            }

            if (dated * 4 >= records.Count * 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether three in four records or more end the slot's line in a date after a title of their own (<c>Port
    /// Workers Win Pay Deal – 12.05.2024</c>): a headline with its date (<see cref="HeadlineAffixes.TrailingDate"/>), not a
    /// date line. Words the records repeat before their dates are a source's or an author's (<c>Dorpsbelangen Westerveen
    /// 14-10-2021 21:32</c>): a date line.
    /// </summary>
    private static bool EndsInDates(Sample sample, List<int> records, int slot)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (HeadlineAffixes.TitleBeforeTrailingDate(sample.Field(record, slot)) is { IsEmpty: false } title)
            {
                titles.Add(title.ToString());
            }
        }

        return titles.Count * 4 >= records.Count * 3;
    }

    /// <summary>Tells whether three in four records or more have a date among the words of the slot's line.</summary>
    private static bool IsDated(Sample sample, List<int> records, int slot)
    {
        var dated = 0;
        foreach (var record in records)
        {
            dated += sample.Tokens.HasDateInside(sample.Lines[record + slot]) ? 1 : 0;
        }

        return dated * 4 >= records.Count * 3;
    }

    /// <summary>
    /// Tells whether a slot holds a label rather than a field: the same text in many records ("Chronique",
    /// a category), or the same "Name:" prefix in nearly all ("Source: …", "Published: …"). A record that repeats
    /// an earlier one line for line (a listing pasted twice, a post both pinned and listed) is the same record seen
    /// again, not a label's repeat: only the first of equal records (<paramref name="firstOfEqual"/>, found on first use) counts.
    /// </summary>
    private static bool IsLabel(Sample sample, List<int> records, int slot, int slotCount, ref List<int>? firstOfEqual)
    {
        // Most slots are no label by their own texts; only one that looks like one pays for hashing whole records.
        if (!LooksLikeLabel(sample, records, slot))
        {
            return false;
        }

        firstOfEqual ??= FirstOfEqualRecords(sample, records, slotCount);
        return LooksLikeLabel(sample, firstOfEqual, slot);
    }

    /// <summary>Returns the records that repeat no earlier one line for line (by <see cref="RecordHash"/> over <paramref name="slotCount"/> lines).</summary>
    private static List<int> FirstOfEqualRecords(Sample sample, List<int> records, int slotCount)
    {
        var seen = new HashSet<int>();
        var first = new List<int>(records.Count);
        foreach (var record in records)
        {
            if (seen.Add(sample.RecordHash(record, slotCount)))
            {
                first.Add(record);
            }
        }

        return first;
    }

    /// <summary>
    /// Tells whether a slot's texts count: short, and alike but for their numbers (<see cref="SlotLabel.Form"/>) on three
    /// records in four. Numbers that make a date are the record's date line (<see cref="IsDated"/>), not a counter.
    /// </summary>
    private static bool IsCounter(Sample sample, List<int> records, int slot)
    {
        var forms = new HashSet<ulong>();
        foreach (var record in records)
        {
            var field = sample.Field(record, slot);
            if (field.Length > SlotLabel.MaxCounterLength || Digits.IndexOfAny(field) < 0 || sample.Tokens.HasDateInside(sample.Lines[record + slot]))
            {
                return false;
            }

            forms.Add(SlotLabel.Form(field));
        }

        return forms.Count * 4 < records.Count * 3;
    }

    private static readonly Compat.CharSet Digits = new("0123456789");

    /// <summary>Applies the label test to the texts of one slot of <paramref name="records"/>.</summary>
    private static bool LooksLikeLabel(Sample sample, List<int> records, int slot)
    {
        // Texts are compared where they stand in the source, not as strings: the test runs for every text slot of every
        // candidate cut, and copying each record's field made it the inference's largest source of garbage.
        // The set is sized for every record at once (growing it made four times its garbage); the prefixes only once a colon shows.
        var comparer = new SourceRangeComparer(sample.Tokens.Source);
#if NETSTANDARD2_0
        var distinct = new HashSet<(int Start, int Length)>(comparer);
#else
        var distinct = new HashSet<(int Start, int Length)>(records.Count, comparer);
#endif
        Dictionary<(int Start, int Length), int>? prefixes = null;
        foreach (var record in records)
        {
            ref var token = ref sample.Token(record, slot);
            var field = sample.Tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
            distinct.Add((token.FieldStart, Math.Min(field.Length, 64)));
            var colon = field[..Math.Min(field.Length, MaxLabelPrefix)].IndexOf(':');
            if (colon > 0)
            {
                var prefix = (token.FieldStart, colon);
                prefixes ??= new(comparer);
                prefixes[prefix] = prefixes.TryGetValue(prefix, out var n) ? n + 1 : 1;
            }
        }

        var unique = records.Count;
        if (distinct.Count * 4 < unique * 3)
        {
            return true;
        }

        return prefixes is not null && HasCommonPrefix(prefixes, unique);
    }

    /// <summary>Tells whether one prefix before a colon starts three texts in four, and one more.</summary>
    private static bool HasCommonPrefix(Dictionary<(int Start, int Length), int> prefixes, int unique)
    {
        foreach (var n in prefixes.Values)
        {
            if (n * 4 >= unique * 3 + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compares ranges of one source text by the characters they hold (ordinal), as strings cut from them would compare.</summary>
    private sealed class SourceRangeComparer(SourceText source) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            source.AsSpan(x.Start, x.Length).SequenceEqual(source.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) range)
        {
            // The length and the first and last few characters: equal texts hash alike, and this costs the same for a
            // 64-character headline as for a 5-character label, where hashing every character cost more than the strings did.
            var text = source.AsSpan(range.Start, range.Length);
            var hash = 2166136261u ^ (uint)text.Length;
            foreach (var c in text[..Math.Min(text.Length, HashedEdge)])
            {
                hash = (hash ^ c) * 16777619u;
            }

            foreach (var c in text[Math.Max(0, text.Length - HashedEdge)..])
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)hash;
        }

        private const int HashedEdge = 6;
    }

    /// <summary>Hashes the text of a record's lines, so that a record repeated line for line hashes alike.</summary>
    private static int RecordHash(Sample sample, int record, int slotCount)
    {
        // FNV-1a over the fields' first 64 characters (as the label test compares them), a line break between them.
        var hash = 2166136261u;
        for (var slot = 0; slot < slotCount; slot++)
        {
            ref var token = ref sample.Token(record, slot);
            foreach (var c in sample.Tokens.Source.AsSpan(token.FieldStart, Math.Min(token.FieldLength, 64)))
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ '\n') * 16777619u;
        }

        return (int)hash;
    }

    /// <summary>
    /// Marks the title slots that hold a bare person's name in three records of four as the byline (after the caption
    /// is chosen): a short title-case headline or caption reads as a name now and then, an author line nearly always.
    /// Where the record names its author with a by-word (<c>By Carla Mendez</c>), that line is the byline, and a line
    /// of capitalized words beside it is something else (the source paper: <c>Midland Worker</c>).
    /// </summary>
    private static void NameSlots(Sample sample, LineSignature[] slots, LineRole[] roles, List<int> records, int headline)
    {
        for (var slot = 0; slot < slots.Length; slot++)
        {
            if (slots[slot].Class == LineClass.Meta && HoldsBylines(sample, records, slot))
            {
                return;
            }
        }

        for (var slot = 0; slot < slots.Length; slot++)
        {
            // The line directly above the headline is the caption's place: a portrait's alt text is a name too.
            var captionPlace = slot == headline - 1 && slots[headline].Gap == 0;
            if (slot != headline && !captionPlace && slots[slot].Class == LineClass.Title && HoldsNames(sample, records, slot, withOffice: slot > headline))
            {
                roles[slot] = LineRole.Byline;
            }
        }
    }

    /// <summary>
    /// Tells whether most records (<see cref="Sample.MostOf"/>) frame a slot's line in the same first and last words
    /// around words that vary: a metadata line the page writes from a template in a language the recognizers do not
    /// speak (<c>Erabiltzailearen aurpegia EH Bildu abe 11 Politika</c>: an avatar's alt text, a name, a date, the
    /// section). A headline may share its first words (a badge) or, by chance, its last, not both.
    /// </summary>
    private static bool Framed(Sample sample, List<int> records, int slot)
    {
        var most = Sample.MostOf(records.Count);
        return SharedEdge(sample, records, slot, most, first: true) && SharedEdge(sample, records, slot, most, first: false);
    }

    /// <summary>Tells whether <paramref name="most"/> records or more start (or, unless <paramref name="first"/>, end) a slot's line of three words or more with the same word.</summary>
    private static bool SharedEdge(Sample sample, List<int> records, int slot, int most, bool first)
    {
        // The shared word, if any, is that of one of the first records: the rest are too few to make "most" without it.
        for (var r = 0; r + most <= records.Count; r++)
        {
            var word = EdgeWord(sample.Field(records[r], slot), first);
            var count = 0;
            for (var other = r; !word.IsEmpty && other < records.Count; other++)
            {
                count += EdgeWord(sample.Field(records[other], slot), first).SequenceEqual(word) ? 1 : 0;
            }

            if (count >= most)
            {
                return true;
            }
        }

        return false;

        static ReadOnlySpan<char> EdgeWord(ReadOnlySpan<char> field, bool first)
        {
            var (space, lastSpace) = (field.IndexOf(' '), field.LastIndexOf(' '));
            return space <= 0 || lastSpace <= space ? default : first ? field[..space] : field[(lastSpace + 1)..];
        }
    }

    /// <summary>Tells whether three records in four give a byline on a slot's metadata line (<c>By Name</c>, <c>By Name | May 26, 2023</c>).</summary>
    private static bool HoldsBylines(Sample sample, List<int> records, int slot)
    {
        var bylines = 0;
        foreach (var first in records)
        {
            bylines += sample.Tokens.MetaOf(sample.Token(first, slot)).BylineLength > 0 ? 1 : 0;
        }

        return bylines * 4 >= records.Count * 3;
    }

    /// <summary>
    /// Tells whether three records in four hold a person's name alone on a slot's line, or <paramref name="withOffice"/>
    /// (under the headline, where a writer signs) a name and an office (<see cref="MetaPart.NameLength"/>).
    /// </summary>
    private static bool HoldsNames(Sample sample, List<int> records, int slot, bool withOffice = false)
    {
        var names = 0;
        foreach (var first in records)
        {
            ref var token = ref sample.Token(first, slot);
            names += token.Has(LineFlags.Name) || (withOffice && sample.Tokens.MetaOf(token).NameLength > 0) ? 1 : 0;
        }

        return names * 4 >= records.Count * 3;
    }

    /// <summary>Finds two title slots that hold the same text in most records: the first is the headline, the second its caption.</summary>
    private static (int Headline, int Caption) RepeatedTitle(Sample sample, int[] text, List<int> records)
    {
        for (var a = 0; a < text.Length; a++)
        {
            for (var b = a + 1; b < text.Length; b++)
            {
                var same = records.Count(r => sample.Tokens.SameField(sample.Lines[r + text[a]], sample.Lines[r + text[b]]));
                if (same * 2 > records.Count)
                {
                    return (text[a], text[b]);
                }
            }
        }

        return (-1, -1);
    }
}
