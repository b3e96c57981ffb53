using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Decides what every line of a page is — caption, headline, teaser, a record's other line, or no record's —
/// and where each record starts. It owns every page-level decision, in this order:
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>A page of questions each answered under it is an FAQ, no listing (<see cref="NoListing.Faq"/>): it forms no entry.</item>
/// <item>Infer the page's record template from the first <see cref="TemplateInference.SampleLines"/> lines (<see cref="TemplateInference"/>).</item>
/// <item>With a template: cut the page into records, align each with the template, and give its lines the template's roles.
/// A record that fits the template is an entry; one that does not is an entry only inside the region the
/// records cover (a fitting record before it, and one within <see cref="RegionLookahead"/> records after it)
/// and only if it has a headline. Lines outside the region are the page's header and footer.</item>
/// <item>Without one, a page that reads as prose, or that is long enough to show a template and neither shows one nor speaks
/// the seeds' format, is no listing (<see cref="NoListing"/>): it forms no entry.</item>
/// <item>Otherwise the local rules (<see cref="LocalRules"/>) decide each line against its neighbours.</item>
/// <item>The page-header rule (<see cref="PageHeaderRule"/>) and the kicker rule (in the builder) run on the assembled records.</item>
/// </list>
/// One instance serves one input, whole or streamed window by window, so both paths decide alike.
/// </remarks>
internal sealed class LayoutStage
{
    /// <summary>How many records past a record that does not fit the template are examined for one that does.</summary>
    public const int RegionLookahead = 3;

    /// <summary>Starts (the footer's lines, a pager's "1", "2", "Next »") that may follow the page's last record.</summary>
    public const int MaxFooterStarts = 4;

    /// <summary>Lines a whole post (see <see cref="RecordTemplate.HoldsPosts"/>) may have at most, body included.</summary>
    public const int MaxPostLines = 400;

    private RecordTemplate? _template;
    private bool _inferred;
    private int _keysSeen;
    private bool _seenRecord;
    private LayoutReport? _report;
    private NoListing? _noListing;
    private int? _wrapped;
    private PageShape? _shape;
    private DateOrder? _dates;

    // One spare roles array per record length: TryRoles takes it, MarkRecord gives it back once the roles are on the
    // tokens, so a page of records of a few shapes allocates a few arrays, not one per record.
    private readonly LineRole[]?[] _spareRoles = new LineRole[]?[Alignment.MaxRecordLines + 1];

    /// <summary>Gets the inferred template, or <see langword="null"/> when the page repeats none.</summary>
    public RecordTemplate? Template => _template;

    /// <summary>Gets what the template covered, for <see cref="ListingDocument.Layouts"/>.</summary>
    public LayoutReport? Report => _report;

    /// <summary>
    /// Gives roles to the tokens from the first on and returns the index of the first token not decided:
    /// unless <paramref name="endIsFinal"/>, a decision that needs lines past the end waits for more input.
    /// </summary>
    public int Assign(TokenList tokens, bool endIsFinal)
    {
        // The page's measure of title and prose comes first: the template is inferred from the shapes it gives.
        var first = !_inferred;
        _inferred = true;
        _shape = first ? PageShape.Measure(tokens) : _shape;
        _shape?.Apply(tokens);
        _dates = first ? DateOrder.Measure(tokens) : _dates; // the order of day and month the page's numeric dates show
        _dates?.Apply(tokens);
        if (first)
        {
            _wrapped = HardWrap.Find(tokens) is >= 0 and var wrapped ? tokens[wrapped].LineNumber : null;
            _noListing = NoListing.Faq(tokens);
            _template = _noListing is null ? TemplateInference.Infer(tokens) : null;
            _noListing ??= _template is null ? NoListing.Measure(tokens) : null;
        }

        if (_noListing is not null)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                MarkOutside(tokens, i);
            }

            return tokens.Count;
        }

        return _template is null
            ? LocalRules.ParseBlocks(tokens, endIsFinal, new RoleWriter())
            : Apply(_template, tokens, endIsFinal);
    }

    /// <summary>Gets what made the layout stage read the page as no listing, or <see langword="null"/>.</summary>
    public NoListing? NoListing => _noListing;

    /// <summary>Gets the number of the first line of the sample that runs on into the next when the text looks hard-wrapped (<see cref="HardWrap"/>), or <see langword="null"/>.</summary>
    public int? Wrapped => _wrapped;

    private int Apply(RecordTemplate template, TokenList tokens, bool endIsFinal)
    {
        var (lines, starts, keysAtEnd) = Cut(template, tokens);
        using var linesLease = lines;
        using var startsLease = starts;
        for (var s = 0; s < starts.Count;)
        {
            var taken = starts[s].Line < 0
                ? DecideLoose(template, tokens, lines, starts, s, endIsFinal)
                : DecideRecord(template, tokens, lines, starts, s, endIsFinal);
            if (taken == 0)
            {
                // Undecided: the lines from this start on wait for more input.
                _keysSeen = starts[s].KeysBefore;
                return lines[Decode(starts[s].Line)].Token;
            }

            s += taken;
        }

        _keysSeen = keysAtEnd;
        return tokens.Count;
    }

    /// <summary>
    /// Cuts the non-blank lines into records and loose lines: each start is a record's first line (an index into
    /// the lines), or the complement of a loose line's index; with the key lines passed before it.
    /// </summary>
    private (PooledList<(int Token, LineSignature Signature)> Lines, PooledList<(int Line, int KeysBefore)> Starts, int KeysAtEnd) Cut(RecordTemplate template, TokenList tokens)
    {
        // Sized once: at most a line per token; starts (records and loose lines) are fewer on any listing.
        // Both are rented: Apply gives them back as soon as the roles are written.
        var lines = new PooledList<(int Token, LineSignature Signature)>(tokens.Count);
        var starts = new PooledList<(int Line, int KeysBefore)>((tokens.Count / 2) + 1);
        var cutter = new RecordCutter(template.Key, template.Period, template.Phase, _keysSeen, template.MetaAbove, template.SeparatorsInside);
        var open = false;
        LineSignature? ahead = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == LineKind.Blank)
            {
                continue;
            }

            // Each line's signature is computed once: as the line above's lookahead (the next non-blank line), or here for the first.
            var signature = ahead ?? LineSignature.Of(tokens, i);
            var below = i + 1;
            while (below < tokens.Count && tokens[below].Kind == LineKind.Blank)
            {
                below++;
            }

            ahead = below < tokens.Count ? LineSignature.Of(tokens, below) : null;
            var keysBefore = cutter.KeysSeen;
            if (cutter.Ends(signature))
            {
                open = false;
                starts.Add((~lines.Count, keysBefore)); // a loose line that ends the record before it
            }
            else if (cutter.Starts(signature, ahead, open, IsKeyLabel(template, tokens, i), AboveKeyLabel(template, tokens, i)))
            {
                open = true;
                starts.Add((lines.Count, keysBefore));
            }
            else if (!open)
            {
                starts.Add((~lines.Count, keysBefore));
            }

            lines.Add((i, signature));
        }

        return (lines, _keysSeen == 0 && RecordCutter.EndsRecords(template.Key) ? WithoutHeader(template, lines, starts) : starts, cutter.KeysSeen);
    }

    /// <summary>
    /// Where keys end records, cuts the page's header off (see <see cref="RecordCutter.HeaderLines"/>): the lines above the
    /// first record that ends in a key line, and those of that record above its usual length, start as loose lines.
    /// </summary>
    private static PooledList<(int Line, int KeysBefore)> WithoutHeader(RecordTemplate template, PooledList<(int Token, LineSignature Signature)> lines, PooledList<(int Line, int KeysBefore)> starts)
    {
        var s = 0;
        for (; s < starts.Count; s++)
        {
            if (starts[s].Line >= 0 && s + 1 < starts.Count && lines[Decode(starts[s + 1].Line) - 1].Signature.Class == template.Key.Class)
            {
                break;
            }
        }

        if (s + 1 >= starts.Count)
        {
            return starts; // no record ends in a key line in the window (in the sample one did)
        }

        var first = starts[s].Line;
        var record = new LineSignature[Decode(starts[s + 1].Line) - first];
        for (var i = 0; i < record.Length; i++)
        {
            record[i] = lines[first + i].Signature;
        }

        var header = RecordCutter.HeaderLines(record, template.Slots.Length, template.CaptionAbove, template.Compact);
        if (header == 0 && first == Decode(starts[0].Line))
        {
            return starts;
        }

        var cut = new PooledList<(int Line, int KeysBefore)>(starts.Count + first + header);
        for (var line = Decode(starts[0].Line); line < first + header; line++)
        {
            cut.Add((~line, 0));
        }

        cut.Add((first + header, 0));
        for (var i = s + 1; i < starts.Count; i++)
        {
            cut.Add(starts[i]);
        }

        starts.Dispose();
        return cut;
    }

    /// <summary>Decides the loose line at start <paramref name="s"/> and returns how many starts that took, or 0 when it waits for more input.</summary>
    private int DecideLoose(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, bool endIsFinal)
    {
        var first = ~starts[s].Line;

        // A run of loose lines that matches the template slot for slot is a record no key line started:
        // an entry without the optional caption that keys the others, or with a headline of another shape.
        var run = LooseRun(lines, starts, s);
        if (run >= 2 && run <= Alignment.MaxRecordLines)
        {
            if (!endIsFinal && s + run >= starts.Count)
            {
                return 0; // the run may go on past the decided input
            }

            if (MatchesEverySlot(template, lines, first, first + run) && TryRoles(template, tokens, lines, first, first + run, out var roles) && roles is not null)
            {
                MarkRecord(template, tokens, lines, first, first + run, roles, deviates: false);
                _seenRecord = true;
                return run;
            }
        }

        // A lone title between two records, chrome or separators around it: an entry without a teaser.
        if (run == 1 && _seenRecord && lines[first].Signature.Class == LineClass.Title && RecordFollows(starts, lines, s + 1) is var next and not false)
        {
            if (next is true)
            {
                MarkRecord(template, tokens, lines, first, first + 1, TitleOnly(1), deviates: true);
                return 1;
            }

            if (!endIsFinal)
            {
                return 0; // whether a record follows is not known yet
            }
        }

        if (!endIsFinal && s + 1 >= starts.Count)
        {
            // The window's last text line, blank lines or none under it: the line under those, not here yet, may make
            // it a record's first line (a byline paragraph over a headline, where the template says so).
            return 0;
        }

        // A loose line: page chrome, a separator, or a line before the first record.
        MarkOutside(tokens, lines[first].Token);
        return 1;
    }

    /// <summary>Decides the record that starts at start <paramref name="s"/> and returns how many starts that took, or 0 when it waits for more input.</summary>
    private int DecideRecord(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, bool endIsFinal)
    {
        if (!endIsFinal && s + 1 >= starts.Count)
        {
            return 0;
        }

        var first = starts[s].Line;
        var end = s + 1 < starts.Count ? Decode(starts[s + 1].Line) : lines.Count;

        if (FindTail(template, lines, starts, s, first, end, endIsFinal) is not var (tail, footer))
        {
            return 0; // whether a record follows the tail is not known yet
        }

        var tailEnd = end;
        end = tail > 0 ? tail : end;
        var taken = 1;
        if (!_seenRecord && template.Compact)
        {
            first = SkipHeaderParagraph(template, tokens, lines, first, end);
        }

        var fits = TryRoles(template, tokens, lines, first, end, out var roles);
        if (!fits && tail < 0 && FooterStart(template, tokens, lines, starts, s, first, end, endIsFinal) is > 0 and var cut
            && TryRoles(template, tokens, lines, first, cut, out var head))
        {
            (fits, roles, tail, tailEnd, footer, end) = (true, head, cut, end, true, cut);
        }

        var record = new RecordLines(first, end, tail, tailEnd, footer);
        if (!fits && !MergeLeading(template, tokens, lines, starts, s, endIsFinal, ref fits, ref roles, ref taken, ref record))
        {
            return 0;
        }

        if ((!fits || template.Slots.Length == 1) && record.Tail < 0 && Regroup(template, tokens, lines, first, record.End))
        {
            if (roles is not null)
            {
                ReturnRoles(roles);
            }

            return taken;
        }

        return Settle(template, tokens, lines, starts, s, endIsFinal, record, fits, roles, taken);
    }

    /// <summary>
    /// Marks a record whose lines are found: a post over its body, a record that fits or deviates inside the region or
    /// stands outside it, then its tail. Returns how many starts it took, or 0 when it waits for more input.
    /// </summary>
    private int Settle(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, bool endIsFinal, RecordLines record, bool fits, LineRole[]? roles, int taken)
    {
        var end = record.End;
        if (fits && record.Tail < 0 && template.HoldsPosts && roles is not null
            && !TryTakeBody(template, tokens, lines, starts, s, record.First, endIsFinal, ref roles, ref end, ref taken))
        {
            ReturnRoles(roles);
            return 0; // whether the lines under the post close it is not known yet
        }

        var inside = fits;
        if (!fits && _seenRecord && roles is not null)
        {
            if (FitAhead(template, tokens, lines, starts, s + taken, endIsFinal) is not { } found)
            {
                return 0; // undecided: the records after it are not all here yet
            }

            inside = found;
        }

        Mark(template, tokens, lines, record.First, end, inside ? roles : null, deviates: !fits && template.Teaser >= 0);
        if (record.Tail > 0)
        {
            MarkTail(template, tokens, lines, record.Tail, record.TailEnd, record.Footer);
        }

        return taken;
    }

    /// <summary>A record's lines as <see cref="DecideRecord"/> finds them: first to end, then its tail (a footer or chrome) from <c>Tail</c> to <c>TailEnd</c> where <c>Tail</c> is positive.</summary>
    private readonly record struct RecordLines(int First, int End, int Tail, int TailEnd, bool Footer);

    /// <summary>
    /// Leaves a compact page's header paragraph outside: where its first record holds a blank line, the paragraph above it
    /// ("Town news", a blank line, then "headline / teaser" blocks) is no part of the record. Returns the record's first line.
    /// </summary>
    private static int SkipHeaderParagraph(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first, int end)
    {
        var header = HeaderParagraph(template, lines, first, end);
        for (var i = first; i < first + header; i++)
        {
            MarkOutside(tokens, lines[i].Token);
        }

        return first + header;
    }

    /// <summary>
    /// Extends a post that fits its template over its body, down to the next post (see <see cref="PostEnd"/>), its last line
    /// the writer's name where the page signs its posts; false while the lines under the post are not all here yet.
    /// </summary>
    private bool TryTakeBody(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, int first, bool endIsFinal, ref LineRole[] roles, ref int end, ref int taken)
    {
        switch (PostEnd(template, tokens, lines, starts, s + taken, endIsFinal))
        {
            case null:
                return false;
            case var (postEnd, records) when records > 0:
                roles = WithBody(roles, postEnd - first);
                if (RecordTemplate.SignsPost(tokens, lines[postEnd - 1].Token, template.Signed))
                {
                    roles[postEnd - first - 1] = LineRole.Byline;
                }

                (end, taken) = (postEnd, taken + records);
                break;
        }

        return true;
    }

    /// <summary>
    /// Returns how many lines at the start of a compact template's record stand above its last blank line, where the
    /// lines under it hold a record of their own (as many lines as the template has slots, or more); 0 for none.
    /// </summary>
    private static int HeaderParagraph(RecordTemplate template, PooledList<(int Token, LineSignature Signature)> lines, int first, int end)
    {
        for (var i = end - 1; i > first; i--)
        {
            if (lines[i].Signature.Gap > 0)
            {
                return end - i >= template.Slots.Length ? i - first : 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Finds where a whole post ends: the one-line records its key lines cut under it that close it (<see
    /// cref="RecordTemplate.ClosesPost"/>: a line of hashtags, a sentence, or the writer's name) are its body's last lines, not posts without
    /// text. Returns the end and how many such records there are, or <see langword="null"/> when the input does not tell yet.
    /// </summary>
    private (int End, int Records)? PostEnd(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, bool endIsFinal)
    {
        var records = 0;
        var end = s < starts.Count ? Decode(starts[s].Line) : lines.Count;
        Span<LineSignature> buffer = stackalloc LineSignature[Alignment.MaxRecordLines];
        for (; s < starts.Count && starts[s].Line >= 0; s++, records++)
        {
            if (s + 1 >= starts.Count && !endIsFinal)
            {
                return null;
            }

            var next = s + 1 < starts.Count ? Decode(starts[s + 1].Line) : lines.Count;
            var signatures = buffer[..Math.Min(next - starts[s].Line, Alignment.MaxRecordLines)];
            Copy(lines, starts[s].Line, signatures);
            var nextToken = s + 1 < starts.Count && starts[s + 1].Line >= 0 ? lines[next].Token : -1;
            if (next - starts[s].Line > Alignment.MaxRecordLines || !RecordTemplate.ClosesPost(tokens, signatures, lines[starts[s].Line].Token, nextToken, template.Signed))
            {
                break;
            }

            var fits = TryRoles(template, tokens, lines, starts[s].Line, next, out var roles);
            if (roles is not null)
            {
                ReturnRoles(roles);
            }

            if (fits)
            {
                break;
            }

            end = next;
        }

        return (end, records);
    }

    /// <summary>Returns a post's roles stretched over <paramref name="count"/> lines: the added ones are its body's, in no field.</summary>
    private LineRole[] WithBody(LineRole[] roles, int count)
    {
        var stretched = RentRoles(count);
        roles.AsSpan().CopyTo(stretched);
        stretched.AsSpan(roles.Length).Fill(LineRole.Member);
        ReturnRoles(roles);
        return stretched;
    }

    /// <summary>
    /// Finds the record's tail: a title after a blank line under the record's last slot, which the template does not
    /// explain, is the next record's headline that no key line started (an entry without a teaser, or one whose key line
    /// is missing); it is cut off and read as a record of its own, after this one. Under the last record it is the page's
    /// footer. Returns the tail's first line (or -1) and whether it is the footer, or <see langword="null"/> when whether a
    /// record follows is not known yet.
    /// </summary>
    private static (int Tail, bool Footer)? FindTail(RecordTemplate template, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, int first, int end, bool endIsFinal)
    {
        var tail = TailStart(template, lines, first, end);
        var follows = tail > 0 ? RecordFollows(starts, lines, s + 1) : true;
        return follows is null && !endIsFinal ? null : (tail, follows is not true);
    }

    /// <summary>
    /// Finds where the page's footer starts under its last record, which runs into it without a blank line (a pager: "1",
    /// "2", "3", "Next »"): the first line the template does not explain under its last slot. -1 for none, and where the
    /// record at start <paramref name="s"/> is not known to be the page's last.
    /// </summary>
    private int FooterStart(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, int first, int end, bool endIsFinal) =>
        endIsFinal && IsLastRecord(template, tokens, lines, starts, s) ? TailStart(template, lines, first, end, afterBlank: false) : -1;

    /// <summary>
    /// Reads a one-line record that fits nothing as the optional leading line of the record under it, where it is one
    /// (<see cref="LeadsRecordUnder"/>): the key's signature cut a record in two. On success the two starts make one
    /// record (<paramref name="taken"/> 2), and <paramref name="record"/> ends where the record under it does, before its tail if it has one.
    /// Returns false when that waits for more input.
    /// </summary>
    private bool MergeLeading(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int s, bool endIsFinal, ref bool fits, ref LineRole[]? roles, ref int taken, ref RecordLines record)
    {
        var (first, end) = (starts[s].Line, record.End);
        if (s + 1 >= starts.Count || starts[s + 1].Line != end || end - first != 1 || !LeadsRecordUnder(template, tokens, lines, first, end))
        {
            return true;
        }

        if (!endIsFinal && s + 2 >= starts.Count)
        {
            return false;
        }

        var mergedEnd = s + 2 < starts.Count ? Decode(starts[s + 2].Line) : lines.Count;
        if (TryRoles(template, tokens, lines, first, mergedEnd, out var merged))
        {
            (fits, roles, taken, record) = (true, merged, 2, record with { End = mergedEnd });
            return true;
        }

        // The record under the lone line may run into the page's footer or chrome: the two make one record up to its tail.
        if (FindTail(template, lines, starts, s + 1, end, mergedEnd, endIsFinal) is not var (mergedTail, mergedFooter))
        {
            return false; // whether a record follows the tail is not known yet
        }

        if (mergedTail < 0)
        {
            (mergedTail, mergedFooter) = (FooterStart(template, tokens, lines, starts, s + 1, end, mergedEnd, endIsFinal), true);
        }

        if (mergedTail > 0 && TryRoles(template, tokens, lines, first, mergedTail, out merged))
        {
            (fits, roles, taken, record) = (true, merged, 2, record with { End = mergedTail, Tail = mergedTail, TailEnd = mergedEnd, Footer = mergedFooter });
        }

        return true;
    }

    /// <summary>
    /// Tells whether a one-line record is an optional leading line with the key's signature, cut off the record under
    /// it at <paramref name="end"/>: a caption above the headline in a listing without blank lines, the headline printed
    /// twice, or a caption paragraph above a headline where the page prints captions so.
    /// </summary>
    private static bool LeadsRecordUnder(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first, int end) =>
        (Alignment.Attached(lines[end].Signature) && tokens[lines[first].Token].Has(LineFlags.AltText))
        || tokens.SameField(lines[first].Token, lines[end].Token)
        || (template.CaptionParagraphs && end + 1 < lines.Count
            && RecordTemplate.CaptionParagraphUnder(tokens, lines[first].Token, lines[end].Token, lines[end].Signature, lines[end + 1].Signature));

    /// <summary>Marks a record's unexplained tail: the page's footer, or else (between a record and the next) an entry, with or without a teaser.</summary>
    private void MarkTail(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int tail, int tailEnd, bool footer)
    {
        if (footer)
        {
            Mark(template, tokens, lines, tail, tailEnd, null, deviates: false);
            return;
        }

        // Between a record and the next, the tail needs no look ahead.
        var tailFits = TryRoles(template, tokens, lines, tail, tailEnd, out var tailRoles);
        Mark(template, tokens, lines, tail, tailEnd, tailRoles ?? TitleOnly(tailEnd - tail), deviates: !tailFits);
    }

    /// <summary>
    /// Reads a record of a compact page (no blank line in it) that holds the lines of two records or more as those
    /// records, when each run of the template's length, counted from its last line up, fits the template: a headline
    /// that reads like prose started none. Lines above the first such run, at the page's start only, are its header.
    /// Under a one-line template (a headline per line) a run is any text line, once a record has been read: the line
    /// the template does not explain is no caption, since the template has no slot for one. A template with an
    /// optional slot has no one length, and is left alone. Returns whether it did.
    /// </summary>
    private bool Regroup(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first, int end)
    {
        var length = template.Slots.Length;
        var count = end - first;
        var above = count % length;
        if (template.Key.Gap != 0 || template.HoldsPosts || template.Optional != 0 || count < 2 * length || count > Alignment.MaxRecordLines
            || (above > 0 && _seenRecord) || (length == 1 && !_seenRecord))
        {
            return false;
        }

        for (var l = first + 1; l < end; l++)
        {
            if (lines[l].Signature.Gap != 0)
            {
                return false;
            }
        }

        for (var at = first + above; at < end; at += length)
        {
            if (!RunFits(template, tokens, lines, at, length))
            {
                return false;
            }
        }

        Mark(template, tokens, lines, first, first + above, null, deviates: false);
        for (var at = first + above; at < end; at += length)
        {
            if (length == 1)
            {
                Mark(template, tokens, lines, at, at + 1, TitleOnly(1), deviates: false);
                continue;
            }

            TryRoles(template, tokens, lines, at, at + length, out var roles);
            Mark(template, tokens, lines, at, at + length, roles, deviates: false);
        }

        return true;
    }

    /// <summary>Tells whether the <paramref name="length"/> lines from <paramref name="at"/> read as one record of <see cref="Regroup"/>.</summary>
    private bool RunFits(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int at, int length)
    {
        if (length == 1)
        {
            return lines[at].Signature.IsText;
        }

        var fits = TryRoles(template, tokens, lines, at, at + length, out var roles);
        if (roles is not null)
        {
            ReturnRoles(roles);
        }

        return fits;
    }

    /// <summary>
    /// Marks lines as a record with <paramref name="roles"/> (deviating from the template when <paramref name="deviates"/>
    /// and it has no teaser), or as no record's when <paramref name="roles"/> is <see langword="null"/>.
    /// </summary>
    private void Mark(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first, int end, LineRole[]? roles, bool deviates)
    {
        if (roles is not null && deviates && Array.IndexOf(roles, LineRole.Teaser) < 0 && Array.IndexOf(roles, LineRole.Headline) is >= 0 and var headline
            && EndsInComma(tokens, lines[first + headline].Token))
        {
            ReturnRoles(roles);
            roles = null; // a line that ends in a comma leads into what follows ("Da Economia,"): no headline without a teaser
        }

        if (roles is null)
        {
            for (var l = first; l < end; l++)
            {
                MarkOutside(tokens, lines[l].Token);
            }

            return;
        }

        MarkRecord(template, tokens, lines, first, end, roles, deviates && Array.IndexOf(roles, LineRole.Teaser) < 0);
        _seenRecord = true;
    }

    /// <summary>Tells whether a line's field ends in a comma (Latin, Arabic, CJK): it leads into what follows it.</summary>
    private static bool EndsInComma(TokenList tokens, int token) =>
        tokens[token].FieldLength > 0 && tokens.Source[tokens[token].FieldEnd - 1] is ',' or '،' or '，' or '、';

    private static int Decode(int line) => line < 0 ? ~line : line;

    /// <summary>Tells whether the record at start <paramref name="s"/> is the page's last: a few starts at most follow, and none of them makes a record.</summary>
    private bool IsLastRecord(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, PooledList<(int Line, int KeysBefore)> starts, int s)
    {
        if (starts.Count - s > MaxFooterStarts)
        {
            return false;
        }

        for (var next = s + 1; next < starts.Count; next++)
        {
            var end = next + 1 < starts.Count ? Decode(starts[next + 1].Line) : lines.Count;
            if (starts[next].Line >= 0 && TryRoles(template, tokens, lines, starts[next].Line, end, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds where a record's unexplained tail starts: a title line after a blank line (or, unless <paramref
    /// name="afterBlank"/>, any line) under the last line the template explains, when the lines above it fit the
    /// template on their own. Returns the tail's first line, or -1.
    /// </summary>
    private static int TailStart(RecordTemplate template, PooledList<(int Token, LineSignature Signature)> lines, int first, int end, bool afterBlank = true)
    {
        var count = end - first;
        if (count < 2 || count > Alignment.MaxRecordLines || template.HoldsPosts)
        {
            return -1;
        }

        Span<LineSignature> signatures = stackalloc LineSignature[count];
        Span<int> slotOf = stackalloc int[count];
        Copy(lines, first, signatures);
        var titleAfterBlank = false;
        foreach (var signature in signatures[1..])
        {
            titleAfterBlank |= signature.Class == LineClass.Title && signature.Gap > 0;
        }

        if (!titleAfterBlank && afterBlank)
        {
            return -1; // the common case, aligned once only (in TryRoles)
        }

        Alignment.Align(signatures, template.Slots, slotOf, template.Optional);
        var tail = count;
        while (tail > 1 && slotOf[tail - 1] < 0)
        {
            tail--;
        }

        // The first title after a blank line in the unexplained tail starts it.
        while (afterBlank && tail < count && !(signatures[tail].Class == LineClass.Title && signatures[tail].Gap > 0))
        {
            tail++;
        }

        if (tail >= count)
        {
            return -1;
        }

        var head = Alignment.Align(signatures[..tail], template.Slots, slotOf, template.Optional);
        return Alignment.Fits(tail, template.Slots.Length, head) ? first + tail : -1;
    }

    /// <summary>
    /// Tells whether a record starts at <paramref name="s"/> or after the separators and chrome there; <see langword="null"/>
    /// when the decided input ends first.
    /// </summary>
    private static bool? RecordFollows(PooledList<(int Line, int KeysBefore)> starts, PooledList<(int Token, LineSignature Signature)> lines, int s)
    {
        for (; s < starts.Count; s++)
        {
            if (starts[s].Line >= 0)
            {
                return true;
            }

            if (!lines[~starts[s].Line].Signature.EndsRecord)
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>Copies the signatures of the lines from <paramref name="first"/> on into <paramref name="signatures"/>, as many as it holds.</summary>
    private static void Copy(PooledList<(int Token, LineSignature Signature)> lines, int first, Span<LineSignature> signatures)
    {
        for (var i = 0; i < signatures.Length; i++)
        {
            signatures[i] = lines[first + i].Signature;
        }
    }

    private static bool IsKeyLabel(RecordTemplate template, TokenList tokens, int index) =>
        template.KeyLabel is { } label && tokens.FieldIs(index, label);

    /// <summary>Tells whether the next non-blank line is the template's label, with one blank line at most between, where the label is a record's second line.</summary>
    private static bool AboveKeyLabel(RecordTemplate template, TokenList tokens, int index)
    {
        if (!template.KeyLabelSecond)
        {
            return false;
        }

        var next = index + 1 < tokens.Count && tokens[index + 1].Kind == LineKind.Blank ? index + 2 : index + 1;
        return next < tokens.Count && IsKeyLabel(template, tokens, next);
    }

    /// <summary>Returns the roles of a record read as its first line, a title, alone: the headline, and members under it.</summary>
    private static LineRole[] TitleOnly(int count)
    {
        var roles = new LineRole[count];
        roles.AsSpan().Fill(LineRole.Member);
        roles[0] = LineRole.Headline;
        return roles;
    }

    /// <summary>Counts the loose lines from <paramref name="s"/> on that no page chrome or separator interrupts.</summary>
    private static int LooseRun(PooledList<(int Token, LineSignature Signature)> lines, PooledList<(int Line, int KeysBefore)> starts, int s)
    {
        var run = 0;
        while (s + run < starts.Count && starts[s + run].Line < 0 && !lines[~starts[s + run].Line].Signature.EndsRecord
            && run <= Alignment.MaxRecordLines)
        {
            run++;
        }

        return run;
    }

    /// <summary>
    /// Tells whether lines match every slot of the template but the optional ones, no line left over and at most
    /// one of them near rather than alike (<see cref="LineSignature.Distance"/>).
    /// </summary>
    private static bool MatchesEverySlot(RecordTemplate template, PooledList<(int Token, LineSignature Signature)> lines, int first, int end)
    {
        Span<LineSignature> signatures = stackalloc LineSignature[end - first];
        Span<int> slotOf = stackalloc int[end - first];
        Copy(lines, first, signatures);

        if (Alignment.Align(signatures, template.Slots, slotOf, template.Optional) > 0.5)
        {
            return false;
        }

        var matched = 0u;
        foreach (var slot in slotOf)
        {
            matched |= slot >= 0 ? 1u << slot : 0;
        }

        var required = ((1u << template.Slots.Length) - 1) & ~template.Optional;
        return (matched & required) == required;
    }

    /// <summary>Looks for a fitting record among the next few; <see langword="null"/> when they run past the decided input.</summary>
    private bool? FitAhead(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        PooledList<(int Line, int KeysBefore)> starts, int from, bool endIsFinal)
    {
        var seen = 0;
        for (var s = from; s < starts.Count && seen < RegionLookahead; s++)
        {
            var first = starts[s].Line;
            if (first < 0)
            {
                continue;
            }

            if (s + 1 >= starts.Count && !endIsFinal)
            {
                return null;
            }

            seen++;
            var end = s + 1 < starts.Count ? Decode(starts[s + 1].Line) : lines.Count;
            if (TryRoles(template, tokens, lines, first, end, out _))
            {
                return true;
            }
        }

        return seen < RegionLookahead && !endIsFinal ? null : false;
    }

    /// <summary>Aligns a record with the template and gives its lines roles; returns whether it fits (roles may be set either way).</summary>
    private bool TryRoles(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines,
        int first, int end, out LineRole[]? roles)
    {
        roles = null;
        // A whole post may run long; only the lines down to its first paragraph are aligned.
        var count = end - first;
        if (count > (template.HoldsPosts ? MaxPostLines : Alignment.MaxRecordLines)
            || (template.Split is { } split && count == 1 && !split.Parts(tokens, lines[first].Token)))
        {
            return false;
        }

        Span<LineSignature> signatures = count <= Alignment.MaxRecordLines ? stackalloc LineSignature[count] : new LineSignature[count];
        Span<int> slotOf = count <= Alignment.MaxRecordLines ? stackalloc int[count] : new int[count];
        Copy(lines, first, signatures);
        var aligned = template.HoldsPosts ? RecordTemplate.PostBody(signatures, template.MetaClosesPosts) : count;
        if (aligned > Alignment.MaxRecordLines)
        {
            return false;
        }

        var cost = Alignment.Align(signatures[..aligned], template.Slots, slotOf, template.Optional);
        slotOf[aligned..].Fill(-1);
        if (!Alignment.Fits(aligned, template.Slots.Length, cost) && BodyStart(template, signatures) is > 0 and var body)
        {
            // A post shown in full: the paragraphs under its teaser are its body, lines of the record in no field.
            var bodyCost = Alignment.Align(signatures[..body], template.Slots, slotOf, template.Optional);
            if (Alignment.Fits(body, template.Slots.Length, bodyCost))
            {
                (cost, aligned) = (bodyCost, body);
                slotOf[body..].Fill(-1);
            }
        }

        foreach (var label in template.Labels)
        {
            label.Realign(tokens, lines, first, signatures[..aligned], slotOf[..aligned]);
        }

        roles = RentRoles(count);
        var headline = HeadlineOf(template, signatures, slotOf, roles);
        if (headline < 0)
        {
            ReturnRoles(roles);
            roles = null;
            return false;
        }

        SettleCaption(template, tokens, lines, first, signatures, slotOf, roles, headline);

        // A paragraph that runs into page chrome ("…the official publication of X.", "Contact us …") is part of it.
        var next = lines.Count > end ? lines[end].Signature : default;
        var runsIntoChrome = end < lines.Count && next.Gap == 0 && next.Class == LineClass.Chrome
            && tokens[lines[end].Token].ChromeKind != ListingBlockKind.Navigation; // a row of page links continues nothing
        return !runsIntoChrome && Alignment.Fits(aligned, template.Slots.Length, cost);
    }

    /// <summary>Gives a record's lines the roles of the slots they align with; returns the headline's line, or -1 when no line can be one.</summary>
    private static int HeadlineOf(RecordTemplate template, ReadOnlySpan<LineSignature> signatures, ReadOnlySpan<int> slotOf, LineRole[] roles)
    {
        var count = signatures.Length;
        for (var i = 0; i < count; i++)
        {
            roles[i] = slotOf[i] >= 0 && signatures[i].IsText == template.Slots[slotOf[i]].IsText ? template.Roles[slotOf[i]] : LineRole.Member;
        }

        var headline = Array.IndexOf(roles, LineRole.Headline);
        if (headline < 0)
        {
            // The headline slot is missing: the caption, or else the first title line, stands in.
            headline = Array.IndexOf(roles, LineRole.Caption);
            for (var i = 0; headline < 0 && i < count; i++)
            {
                headline = signatures[i].Class == LineClass.Title ? i : -1;
            }

            if (headline >= 0)
            {
                roles[headline] = LineRole.Headline;
            }
        }

        return headline;
    }

    /// <summary>Moves the headline to the last line of its paragraph, and finds the caption: a repeat of the headline, or the text line directly above it.</summary>
    private static void SettleCaption(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first,
        ReadOnlySpan<LineSignature> signatures, ReadOnlySpan<int> slotOf, LineRole[] roles, int headline)
    {
        var count = signatures.Length;
        var teaserAt = Array.IndexOf(roles, LineRole.Teaser);
        if (template.CaptionBelow && CaptionUnder(signatures, roles, headline, teaserAt))
        {
            return;
        }

        // The headline is the last line of its paragraph: a title line under it (one the template has no
        // slot for) is the headline, and the line aligned with the headline slot was its caption.
        var lastOfParagraph = template.Headline + 1 >= template.Slots.Length || template.Slots[template.Headline + 1].Gap > 0
            || !template.Slots[template.Headline + 1].IsText;
        while (lastOfParagraph && headline + 1 < count && roles[headline + 1] == LineRole.Member && signatures[headline + 1].IsText
            && signatures[headline + 1].Gap == 0 && (teaserAt < 0 || headline + 1 < teaserAt))
        {
            roles[headline] = Array.IndexOf(roles, LineRole.Caption) < 0 ? LineRole.Caption : LineRole.Member;
            roles[++headline] = LineRole.Headline;
        }

        // A text line that repeats the headline is the image's alt text.
        for (var i = 0; i < count && Array.IndexOf(roles, LineRole.Caption) < 0; i++)
        {
            if (i != headline && roles[i] == LineRole.Member && signatures[i].IsText && tokens.SameField(lines[first + i].Token, lines[first + headline].Token))
            {
                roles[i] = LineRole.Caption;
            }
        }

        // A line of alt text that stands as a paragraph of its own between the headline and the teaser, where the page
        // prints captions so, is the caption.
        if (template.CaptionParagraphs && headline > 0 && headline + 1 < count && Array.IndexOf(roles, LineRole.Caption) < 0
            && roles[headline - 1] == LineRole.Member && slotOf[headline - 1] < 0 && signatures[headline - 1].Class == LineClass.Title
            && RecordTemplate.CaptionParagraphUnder(tokens, lines[first + headline - 1].Token, lines[first + headline].Token, signatures[headline], signatures[headline + 1]))
        {
            // The alignment took the caption for the headline and left the headline above it.
            (roles[headline - 1], roles[headline]) = (LineRole.Headline, LineRole.Caption);
            return;
        }

        for (var i = headline + 1; template.CaptionParagraphs && i < count && (teaserAt < 0 || i < teaserAt) && Array.IndexOf(roles, LineRole.Caption) < 0; i++)
        {
            if (roles[i] == LineRole.Member && slotOf[i] < 0 && signatures[i].Class == LineClass.Title && signatures[i].Gap > 0
                && tokens[lines[first + i].Token].Has(LineFlags.AltText))
            {
                roles[i] = LineRole.Caption;
            }
        }

        // A text line directly above the headline that the template has no slot for is its caption.
        if (headline > 0 && Array.IndexOf(roles, LineRole.Caption) < 0 && signatures[headline - 1].IsText
            && signatures[headline].Gap == 0 && roles[headline - 1] == LineRole.Member && slotOf[headline - 1] < 0)
        {
            roles[headline - 1] = LineRole.Caption;
        }
    }

    /// <summary>
    /// On a page that prints captions under their headlines (<see cref="RecordTemplate.CaptionBelow"/>), gives a headline
    /// paragraph of two text lines its roles: the upper line the headline, the lower its caption. Returns false, roles
    /// untouched, when the headline's paragraph is no such pair.
    /// </summary>
    private static bool CaptionUnder(ReadOnlySpan<LineSignature> signatures, LineRole[] roles, int headline, int teaserAt)
    {
        var upper = headline - 1 >= 0 && signatures[headline].Gap == 0 && InTitle(signatures, roles, headline - 1, teaserAt) ? headline - 1 : headline;
        var lower = upper + 1;
        if (!InTitle(signatures, roles, lower, teaserAt) || signatures[lower].Gap != 0
            || (upper > 0 && signatures[upper].Gap == 0 && InTitle(signatures, roles, upper - 1, teaserAt))
            || (InTitle(signatures, roles, lower + 1, teaserAt) && signatures[lower + 1].Gap == 0))
        {
            return false;
        }

        var caption = Array.IndexOf(roles, LineRole.Caption);
        if (caption >= 0 && caption != upper && caption != lower)
        {
            return false; // the record has its caption elsewhere (a repeat of the headline, a line over a label)
        }

        (roles[upper], roles[lower]) = (LineRole.Headline, LineRole.Caption);
        return true;
    }

    /// <summary>Tells whether a record's line is a text line above its teaser that may belong to the headline's paragraph.</summary>
    private static bool InTitle(ReadOnlySpan<LineSignature> signatures, LineRole[] roles, int line, int teaserAt) =>
        line >= 0 && line < signatures.Length && signatures[line].IsText
        && roles[line] is LineRole.Member or LineRole.Caption or LineRole.Headline && (teaserAt < 0 || line < teaserAt);

    /// <summary>
    /// Finds where a record's body starts when it holds a whole post: the template ends in its teaser, and the record
    /// ends in two prose paragraphs or more, each after a blank line. Returns the index of the second, or 0.
    /// </summary>
    private static int BodyStart(RecordTemplate template, ReadOnlySpan<LineSignature> signatures)
    {
        if (template.Teaser < 0 || template.Teaser != template.Slots.Length - 1)
        {
            return 0;
        }

        var start = signatures.Length;
        while (start > 1 && signatures[start - 1].Class == LineClass.Prose && signatures[start - 1].Gap > 0)
        {
            start--;
        }

        // The run's first paragraph is the teaser; the body is what follows it.
        return signatures.Length - start >= 2 ? start + 1 : 0;
    }

    private void MarkRecord(RecordTemplate template, TokenList tokens, PooledList<(int Token, LineSignature Signature)> lines, int first, int end, LineRole[] roles, bool deviates)
    {
        for (var l = first; l < end; l++)
        {
            ref var token = ref tokens[lines[l].Token];
            token.Role = roles[l - first];
            if (token.Role == LineRole.Headline)
            {
                template.Affixes?.Trim(tokens, ref token);
                template.Split?.Apply(tokens, lines[l].Token);
            }
            else if (token.Role == LineRole.Teaser)
            {
                template.TeaserLink?.Trim(tokens, ref token);
                if (Array.IndexOf(roles, LineRole.Headline, 0, end - first) is var headline and >= 0)
                {
                    TeaserLink.TrimTitleLink(tokens, ref token, tokens[lines[first + headline].Token]);
                }

                template.TeaserLabel?.Trim(tokens, ref token);
                template.TeaserByline?.Trim(tokens, ref token);
            }
            else if (token.Role == LineRole.Date)
            {
                tokens.HasDateInside(lines[l].Token); // the builder reads the date the lexer finds
            }
        }

        ref var start = ref tokens[lines[first].Token];
        start.Flags |= LineFlags.RecordStart | (deviates ? LineFlags.Deviates : 0);
        _report ??= new LayoutReport();
        _report.Add(tokens, lines[first].Token, lines[end - 1].Token);
        ReturnRoles(roles);
    }

    /// <summary>Takes the spare roles array of <paramref name="count"/> lines, or makes one; every line's role is written before it is read.</summary>
    private LineRole[] RentRoles(int count)
    {
        if (count >= _spareRoles.Length || _spareRoles[count] is not { } spare)
        {
            return new LineRole[count];
        }

        _spareRoles[count] = null;
        return spare;
    }

    /// <summary>Keeps <paramref name="roles"/> for the next record of its length; the caller no longer reads it.</summary>
    private void ReturnRoles(LineRole[] roles)
    {
        if (roles.Length < _spareRoles.Length)
        {
            _spareRoles[roles.Length] = roles;
        }
    }

    private static void MarkOutside(TokenList tokens, int index)
    {
        ref var token = ref tokens[index];
        token.Role = token.Kind switch
        {
            LineKind.Blank => LineRole.None,
            LineKind.Text => LineRole.Stray,
            _ => LineRole.Recognized,
        };
    }

    /// <summary>Turns the local rules' blocks into roles.</summary>
    private sealed class RoleWriter : INodeSink
    {
        public void Add(TokenList tokens, in Node node)
        {
            var role = node.Kind switch
            {
                NodeKind.Entry => LineRole.Member,
                NodeKind.HeadlineWithoutTeaser => LineRole.Orphan,
                NodeKind.StrayLine => LineRole.Stray,
                NodeKind.Recognized => LineRole.Recognized,
                _ => LineRole.None,
            };
            for (var i = node.First; i <= node.Last; i++)
            {
                if (tokens[i].Kind != LineKind.Blank)
                {
                    tokens[i].Role = role;
                }
            }

            if (node.Kind == NodeKind.Entry)
            {
                tokens[node.First].Flags |= LineFlags.RecordStart | (node.Teaserless ? LineFlags.Deviates : 0);
                tokens[node.Headline].Role = LineRole.Headline;
                if (node.Caption >= 0 && node.Caption != node.Headline)
                {
                    tokens[node.Caption].Role = LineRole.Caption;
                }

                if (node.Teaser >= 0)
                {
                    tokens[node.Teaser].Role = LineRole.Teaser;
                }
            }
        }
    }
}

/// <summary>
/// Counts the records a template matched and the span they cover, across stream windows.
/// </summary>
internal sealed class LayoutReport
{
    private SourceSpan? _first;
    private int _end;
    private int _records;

    public void Add(TokenList tokens, int firstToken, int lastToken)
    {
        _first ??= tokens.Span(tokens[firstToken].OuterStart, tokens[firstToken].OuterEnd, tokens[firstToken]);
        _end = tokens.BaseOffset + tokens[lastToken].OuterEnd;
        _records++;
    }

    public ListingLayout ToLayout(RecordTemplate template) => new()
    {
        Template = template.Describe(),
        Records = _records,
        Span = _first!.Value with { Length = _end - _first.Value.Offset },
    };
}
