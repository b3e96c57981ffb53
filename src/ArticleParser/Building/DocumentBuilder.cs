using System.Globalization;
using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser.Building;

/// <summary>
/// Turns the grammar's nodes into the public records and the diagnostics that explain every non-entry line.
/// </summary>
/// <remarks>
/// Nodes arrive one at a time (from a whole text or from stream windows), so the builder keeps only
/// what severity needs: text that forms no entry is a warning when it interrupts the listing (an entry
/// before and after it) and info at its edges, where page chrome lives. Those diagnostics wait in
/// <see cref="_pending"/> until the next entry or the end decides; a run longer than
/// <see cref="MaxPendingRun"/> is chrome, not an interruption, which keeps streaming memory bounded.
/// </remarks>
internal sealed class DocumentBuilder
{
    public const int MaxPendingRun = 256;

    private const int QuoteLength = 60;

    private readonly IListingSink _sink;
    private readonly List<PendingDiagnostic> _pending = [];
    private readonly ControlCharacters _controls = new();
    private bool _notAListing;
    private bool _seenEntry;
    private string? _lastCaption;

    /// <summary>
    /// The entry whose record holds a caption for the entry after it (<see cref="LineRole.NextCaption"/>), kept back until
    /// the next block shows whether an entry takes the caption (the held entry's span then ends above the caption's line)
    /// or not (it keeps the line, so no text leaves every span).
    /// </summary>
    private HeldEntry? _held;
    private bool _longRun;

    public DocumentBuilder(IListingSink sink)
    {
        _sink = sink;
    }

    public int EntryCount { get; private set; }

    public int BlockCount { get; private set; }

    /// <summary>
    /// The end of the last non-entry line, where AP004 points when the input holds only non-entry text: inside the text
    /// (an input of one line and its line break has no line 2 for an editor to go to), and after every diagnostic before it.
    /// </summary>
    private SourceSpan? _lastBlockEnd;

    public void Add(TokenList tokens, in Node node)
    {
        _controls.Scan(tokens, node.First, node.Last);

        // A caption held for the next entry is its only when nothing but blank lines comes between.
        if (node.Kind is not (NodeKind.Entry or NodeKind.Blank))
        {
            Release(captionTaken: false);
        }

        switch (node.Kind)
        {
            case NodeKind.Entry when node.Teaserless && !_seenEntry:
                // Above the first entry, a title-shaped line with nothing of its own is the page's title
                // or a section header, not an article; the record's other lines stay non-entry blocks of their kinds.
                AddHeadlineWithoutTeaser(tokens, node with { Last = node.Headline });
                AddLines(tokens, node.Headline + 1, node.Last);
                break;
            case NodeKind.Entry:
                Flush(_seenEntry ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info);
                _longRun = false;
                _seenEntry = true;
                AddEntry(tokens, node);
                break;
            case NodeKind.HeadlineWithoutTeaser:
                AddHeadlineWithoutTeaser(tokens, node);
                break;
            case NodeKind.PageHeader:
                AddBlocks(tokens, node, ListingBlockKind.SectionHeader);
                Defer(new PendingDiagnostic(
                    DiagnosticCodes.PageHeader,
                    FormattableString.Invariant($"Expected the first entry to be laid out like the ones after it, found {Quote(Text(tokens, node.Headline))} without the {node.Missing} nearly all of them have; {LinesWord(node.Last - node.First + 1)} kept as a page header."),
                    SpanOf(tokens, node.First, node.Last),
                    Lines: node.Last - node.First + 1));
                break;
            case NodeKind.StrayLine:
                AddBlocks(tokens, node, ListingBlockKind.Text);
                AddStray(tokens, node);
                break;
            case NodeKind.Recognized:
                AddBlocks(tokens, node, RecognizedKind(tokens[node.First]));
                break;
            case NodeKind.Blank:
            default:
                break;
        }
    }

    private void AddHeadlineWithoutTeaser(TokenList tokens, in Node node)
    {
        AddBlocks(tokens, node, ListingBlockKind.Text);
        Defer(new PendingDiagnostic(
            DiagnosticCodes.HeadlineWithoutTeaser,
            FormattableString.Invariant($"Expected a teaser or another entry after headline {Quote(Text(tokens, node.Last))}, found {DescribeAfter(tokens, node.Last + 1)}; {LinesWord(node.Last - node.First + 1)} kept as non-entry text."),
            SpanOf(tokens, node.First, node.Last),
            Lines: node.Last - node.First + 1));
    }

    /// <summary>Reports a page-level diagnostic at once.</summary>
    public void Report(ListingDiagnostic diagnostic)
    {
        // A page that is no listing is said once (AP007): its lines are non-entry text by that one diagnostic,
        // not one AP002 per paragraph and an AP004 at the end.
        _notAListing |= diagnostic.Code == DiagnosticCodes.NotAListing;
        Emit(diagnostic);
    }

    /// <summary>Ends the document: settles waiting diagnostics and reports an input without entries.</summary>
    public void Complete(SourceSpan end, ListingDiagnostic? stop = null)
    {
        Release(captionTaken: false);
        Flush(DiagnosticSeverity.Info);
        if (stop is not null)
        {
            Emit(stop);
        }

        if (EntryCount == 0 && !_notAListing)
        {
            Emit(new ListingDiagnostic
            {
                Code = DiagnosticCodes.NoEntries,
                Severity = DiagnosticSeverity.Info,
                Message = (BlockCount, stop) switch
                {
                    (0, null) => "Expected at least one entry (headline, blank line, teaser), found no text.",
                    (0, _) => $"Expected at least one entry (headline, blank line, teaser), found none before parsing stopped ({stop.Code}).",
                    _ => "Expected at least one entry (headline, blank line, teaser), found only non-entry text.",
                },
                Span = stop is null && _lastBlockEnd is { } last ? last : end,
            });
        }

        _controls.EmitBefore(int.MaxValue, _sink); // the control characters past every other diagnostic
    }

    private void AddEntry(TokenList tokens, in Node node)
    {
        ref var first = ref tokens[node.First];
        ref var last = ref tokens[node.Last];
        ref var headline = ref tokens[node.Headline];
        var headlineText = Field(tokens, headline);
        var teaserText = TeaserText(tokens, node, headline, out var split);
        var fields = CollectLineFields(tokens, node);
        if (fields.ReadMore is null && node.Teaser >= 0 && tokens[node.Teaser].Glued == GluedKind.ReadMore)
        {
            ReadMoreGluedToTeaser(tokens, tokens[node.Teaser], out fields.ReadMore, out fields.ReadMoreSpan);
        }

        var captionText = TakeEntryCaption(tokens, node, fields.Caption, out var captionSpan, out var hanging);
        EntryCount++;
        var entry = new ListingEntry
        {
            ImageCaption = captionText,
            Headline = headlineText,
            Teaser = teaserText,
            IsTeaserTruncated = teaserText is not null && TextRules.EndsWithTruncationMarker(teaserText),
            Label = LabelOf(tokens, node, headline, headlineText, fields.Kicker),
            Byline = fields.Byline,
            Published = fields.Published,
            ReadMore = fields.ReadMore,
            Span = hanging is { } above ? above.Widen(tokens.Span(first.OuterStart, last.OuterEnd, first)) : tokens.Span(first.OuterStart, last.OuterEnd, first),
            ImageCaptionSpan = captionSpan,
            HeadlineSpan = FieldSpan(tokens, headline),
            TeaserSpan = node.Teaser >= 0 ? FieldSpan(tokens, tokens[node.Teaser])
                : split is { } at ? tokens.Span(at.TeaserStart, at.TeaserStart + at.TeaserLength, headline) : null,
            BylineSpan = fields.BylineSpan,
            ReadMoreSpan = fields.ReadMoreSpan,
        };

        HandOnOrHold(tokens, entry, fields.NextCaption, node.Headline, node.Last);
        ReportExtraBlankLines(tokens, node);
        if (node.Teaserless && split is null)
        {
            ReportEntryWithoutTeaser(tokens, node, headlineText);
        }
    }

    /// <summary>
    /// Returns the entry's teaser: its teaser line's field, or the part of the headline's line that one line holding both
    /// gives it (<paramref name="split"/>, HeadlineSplit); null for neither.
    /// </summary>
    private static string? TeaserText(TokenList tokens, in Node node, in LineToken headline, out MetaPart? split)
    {
        var teaserText = node.Teaser >= 0 ? Field(tokens, tokens[node.Teaser]) : null;
        split = node.Teaser < 0 && tokens.MetaOf(headline) is { HasTeaser: true } parted ? parted : (MetaPart?)null;
        if (split is { } part)
        {
            teaserText = tokens.Text(part.TeaserStart, part.TeaserLength); // one line holds both (HeadlineSplit)
        }

        return teaserText;
    }

    /// <summary>
    /// Returns the entry's image caption and its span: its own caption line's, else the one the held entry's record left
    /// hanging above it (<paramref name="hanging"/>, which hands the held entry on), else a thumbnail's name glued to its
    /// headline or teaser; null for none.
    /// </summary>
    private string? TakeEntryCaption(TokenList tokens, in Node node, int captionLine, out SourceSpan? captionSpan, out HangingCaption? hanging)
    {
        var caption = captionLine;
        var captionText = TakeCaption(tokens, ref caption);
        hanging = captionText is null ? _held?.Caption : null;
        Release(captionTaken: hanging is not null);
        captionText ??= hanging?.Text;
        var (image, imageLine) = captionText is null ? GluedImage(tokens, node) : (MetaPart.None, -1);
        if (image.HasCaption)
        {
            captionText = tokens.Text(image.CaptionStart, image.CaptionLength);
        }

        captionSpan = caption >= 0 ? FieldSpan(tokens, tokens[caption])
            : hanging is { } held ? (SourceSpan?)held.Span
            : image.HasCaption ? tokens.Span(image.CaptionStart, image.CaptionStart + image.CaptionLength, tokens[imageLine]) : null;
        return captionText;
    }

    /// <summary>
    /// Returns the entry's label: a section cut off the headline or glued after the teaser's read-more link, a label the
    /// headline starts with, or the record's kicker line; null for none.
    /// </summary>
    private static string? LabelOf(TokenList tokens, in Node node, in LineToken headline, string headlineText, int kicker) =>
        tokens.MetaOf(headline) is { HasLabel: true } cut ? tokens.Text(cut.LabelStart, cut.LabelLength)
        : TextRules.TryGetLabel(headlineText, out var label) ? headlineText[label]
        : node.Teaser >= 0 && tokens.MetaOf(tokens[node.Teaser]) is { HasLabel: true } section ? tokens.Text(section.LabelStart, section.LabelLength)
        : kicker >= 0 ? Field(tokens, tokens[kicker]) : null;

    /// <summary>
    /// Hands the entry to the sink, or holds it back when a caption line under its teaser may be the next entry's. Only
    /// the record's last line can be: a caption with the entry's own byline or link under it is no next entry's, and
    /// cutting the entry short above it would leave those outside the entry.
    /// </summary>
    private void HandOnOrHold(TokenList tokens, ListingEntry entry, int nextCaption, int headline, int last)
    {
        if (nextCaption > headline && nextCaption == last)
        {
            // The caption under the teaser may be the next entry's: the entry waits for the next block to tell.
            ref var line = ref tokens[nextCaption];
            _held = new HeldEntry(entry, tokens.BaseOffset + tokens[nextCaption - 1].OuterEnd,
                new HangingCaption(Field(tokens, line), FieldSpan(tokens, line), tokens.BaseOffset + line.OuterStart));
        }
        else
        {
            _sink.OnEntry(entry);
        }
    }

    /// <summary>Reports an entry kept without a teaser because the line after its headline reads like the next headline.</summary>
    private void ReportEntryWithoutTeaser(TokenList tokens, in Node node, string headlineText)
    {
        Emit(new ListingDiagnostic
        {
            Code = DiagnosticCodes.EntryWithoutTeaser,
            Severity = DiagnosticSeverity.Info,
            Message = FormattableString.Invariant($"Expected a teaser after headline {Quote(headlineText)}, found {DescribeAfter(tokens, node.Headline + 1)}, which reads like the next headline; the entry is kept without a teaser."),
            Span = FieldSpan(tokens, tokens[node.Headline]),
        });
    }

    /// <summary>Returns the part of the headline or teaser line that holds a thumbnail's name glued before the field, and its line, or <see cref="MetaPart.None"/>.</summary>
    private static (MetaPart Part, int Line) GluedImage(TokenList tokens, in Node node) =>
        tokens.MetaOf(tokens[node.Headline]) is { HasCaption: true } onHeadline ? (onHeadline, node.Headline)
        : node.Teaser >= 0 ? (tokens.MetaOf(tokens[node.Teaser]), node.Teaser) : (MetaPart.None, -1);

    /// <summary>Hands on the entry kept back for its caption line: ending above that line when the next entry took it.</summary>
    private void Release(bool captionTaken)
    {
        if (_held is { } held)
        {
            var entry = held.Entry;
            _sink.OnEntry(captionTaken ? entry with { Span = entry.Span with { Length = held.ShortEnd - entry.Span.Offset } } : entry);
        }

        _held = null;
    }

    /// <summary>Reads the entry's caption, byline, date and read-more link from its lines, the first of each kind winning.</summary>
    private static EntryFields CollectLineFields(TokenList tokens, in Node node)
    {
        var fields = new EntryFields { Caption = node.Caption, NextCaption = -1, Kicker = -1 };
        for (var i = node.First; i <= node.Last; i++)
        {
            ref var token = ref tokens[i];
            if (fields.Caption < 0 && token.Has(LineFlags.CaptionWithCredit))
            {
                fields.Caption = i; // the caption stood below the headline, with its photo credit
            }

            fields.NextCaption = token.Role == LineRole.NextCaption ? i : fields.NextCaption;

            // A text line of the record above its headline that is no caption: the template's kicker or section line.
            fields.Kicker = fields.Kicker < 0 && i < node.Headline && i != fields.Caption && token.Kind == LineKind.Text && token.Role == LineRole.Member
                ? i : fields.Kicker;

            // Bylines and dates come from metadata lines, from parts glued to the entry's own fields, and from a date among
            // the words of a line the template repeats in every record but gives no field ("Pubblicato giorno 16 aprile 2022 - …").
            var meta = tokens.MetaOf(token);
            if (token.Meta > 0 && (meta.InText ? token.Role == LineRole.Date : token.Kind == LineKind.Meta || i == node.Headline || i == node.Teaser))
            {
                TakeMeta(tokens, token, meta, i < node.Headline, ref fields);
            }
            else if (token.Role == LineRole.Byline && fields.Byline is null)
            {
                // A name on a line of its own, where the page's template puts the byline; the lexer cut off an office after it.
                if (meta.NameLength > 0)
                {
                    fields.Byline = tokens.Text(token.FieldStart, meta.NameLength);
                    fields.BylineSpan = tokens.Span(token.FieldStart, token.FieldStart + meta.NameLength, token);
                }
                else
                {
                    fields.Byline = Field(tokens, token);
                    fields.BylineSpan = FieldSpan(tokens, token);
                }
            }
            else if (token.Kind == LineKind.ReadMore && fields.ReadMore is null)
            {
                fields.ReadMore = Field(tokens, token);
                fields.ReadMoreSpan = FieldSpan(tokens, token);
            }
        }

        return fields;
    }

    /// <summary>Takes a metadata part's byline and date, where the entry has none yet (<paramref name="above"/>: the line stands above the headline).</summary>
    private static void TakeMeta(TokenList tokens, in LineToken token, in MetaPart meta, bool above, ref EntryFields fields)
    {
        if (fields.Byline is null && meta.HasByline)
        {
            fields.Byline = tokens.Text(meta.BylineStart, meta.BylineLength);
            fields.BylineSpan = tokens.Span(meta.BylineStart, meta.BylineStart + meta.BylineLength, token);
        }

        // A date relative to today above the headline ("9 lat temu", a widget's line over the next post) gives way to the
        // calendar day the record prints under it; one under the headline is the record's own ("2 days ago" over
        // "Apply by 30 June 2025").
        if (meta.HasDate && (fields.Published is null || (fields.RelativeAbove && !above && meta.Date is not null)))
        {
            fields.RelativeAbove = above && meta.Date is null && !HasYear(tokens.Source.AsSpan(meta.DateStart, meta.DateLength));
            fields.Published = new ListingDate
            {
                Text = tokens.Text(meta.DateStart, meta.DateLength),
#if NET6_0_OR_GREATER
                Date = meta.Date is { } day ? new DateOnly(day.Year, day.Month, day.Day) : null,
#endif
                Span = tokens.Span(meta.DateStart, meta.DateStart + meta.DateLength, token),
            };
        }
    }

    /// <summary>Tells whether a date's text holds a year (four digits in a row): a day of the calendar, however its order reads.</summary>
    private static bool HasYear(ReadOnlySpan<char> date)
    {
        var run = 0;
        foreach (var c in date)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the read-more link glued to the end of the teaser, from its first letter or digit to the line's end or the section name glued after it.</summary>
    private static void ReadMoreGluedToTeaser(TokenList tokens, in LineToken teaser, out string? readMore, out SourceSpan? readMoreSpan)
    {
        var start = teaser.FieldEnd;
        while (start < teaser.OuterEnd && !char.IsLetterOrDigit(tokens.Source[start]))
        {
            start++;
        }

        // A link that is only a mark ("… »") has no letter: the mark is its text.
        for (var mark = teaser.FieldEnd; start == teaser.OuterEnd && mark < teaser.OuterEnd; mark++)
        {
            start = TextRules.IsOuterWhitespace(tokens.Source[mark]) ? start : mark;
        }

        // A section name glued after the link ("Read moreBritain") is the entry's label, not the link's.
        var end = tokens.MetaOf(teaser) is { HasLabel: true } section && section.LabelStart >= teaser.FieldEnd ? section.LabelStart : teaser.OuterEnd;
        readMore = tokens.Text(start, end - start);
        readMoreSpan = tokens.Span(start, end, teaser);
    }

    /// <summary>Returns the caption's text, or null (and <paramref name="caption"/> -1) where it repeats the previous entry's.</summary>
    private string? TakeCaption(TokenList tokens, ref int caption)
    {
        // The same "caption" over consecutive entries is a kicker or category label ("Chronique"), not
        // the alt text of two different images: it stays in the entry's span, but is no caption. Words that name a
        // picture ("Slika članka") are the site's alt text for every thumbnail.
        var captionText = caption >= 0 ? Field(tokens, tokens[caption]) : null;
        if (captionText is not null && captionText == _lastCaption && (tokens[caption].Marks & LineMarks.NamesPicture) == 0)
        {
            caption = -1;
        }

        _lastCaption = captionText;
        return caption >= 0 ? captionText : null;
    }

    /// <summary>Reports more than one blank line between the headline and the teaser (the entry is kept).</summary>
    private void ReportExtraBlankLines(TokenList tokens, in Node node)
    {
        var gapLines = 0;
        for (var i = node.Headline + 1; node.Teaser > node.Headline && i < node.Teaser; i++)
        {
            gapLines = Math.Max(gapLines, tokens[i].Kind == LineKind.Blank ? tokens[i].BlankLines : 0);
        }

        if (gapLines > 1)
        {
            ref var gapStart = ref tokens[node.Headline + 1];
            ref var teaser = ref tokens[node.Teaser];
            Emit(new ListingDiagnostic
            {
                Code = DiagnosticCodes.ExtraBlankLines,
                Severity = DiagnosticSeverity.Info,
                Message = FormattableString.Invariant($"Expected one blank line between headline and teaser, found {gapLines}; the entry is kept."),
                Span = tokens.Span(gapStart.LineStart, teaser.LineStart, gapStart),
            });
        }
    }

    private void AddStray(TokenList tokens, in Node node)
    {
        if (_notAListing)
        {
            return;
        }

        // Consecutive stray lines are one piece of orphan text: widen the waiting diagnostic.
        if (_pending.Count > 0 && _pending[^1] is { Code: DiagnosticCodes.StrayText } previous
            && previous.Span.End <= tokens.BaseOffset + tokens[node.First].OuterStart
            && previous.LastLine + 1 == tokens[node.First].LineNumber)
        {
            // The message is worded when the diagnostic is emitted: a run of a million stray lines
            // must not word a million messages.
            var span = previous.Span with { Length = tokens.BaseOffset + tokens[node.Last].OuterEnd - previous.Span.Offset };
            _pending[^1] = previous with { Span = span, Lines = previous.Lines + 1, LastLine = tokens[node.Last].LineNumber };
            return;
        }

        Defer(new PendingDiagnostic(DiagnosticCodes.StrayText, null, SpanOf(tokens, node.First, node.Last), 1, tokens[node.Last].LineNumber));
    }

    private static string StrayMessage(int lines) => FormattableString.Invariant($"Expected a headline followed by a teaser, found text that starts no entry; {LinesWord(lines)} kept as non-entry text.");

    /// <summary>Emits a diagnostic, after the control-character warnings positioned before it (see <see cref="ControlCharacters"/>).</summary>
    private void Emit(ListingDiagnostic diagnostic)
    {
        _controls.EmitBefore(diagnostic.Span.Offset, _sink);
        _sink.OnDiagnostic(diagnostic);
    }

    private void Defer(PendingDiagnostic diagnostic)
    {
        if (_longRun)
        {
            Emit(diagnostic.WithSeverity(DiagnosticSeverity.Info));
            return;
        }

        _pending.Add(diagnostic);
        if (_pending.Count >= MaxPendingRun)
        {
            Flush(DiagnosticSeverity.Info);
            _longRun = true;
        }
    }

    private void Flush(DiagnosticSeverity severity)
    {
        foreach (var diagnostic in _pending)
        {
            Emit(diagnostic.WithSeverity(severity));
        }

        _pending.Clear();
    }

    private void AddBlocks(TokenList tokens, in Node node, ListingBlockKind kind)
    {
        for (var i = node.First; i <= node.Last; i++)
        {
            ref var token = ref tokens[i];
            if (token.Kind == LineKind.Blank)
            {
                continue;
            }

            BlockCount++;
            _lastBlockEnd = tokens.Span(token.OuterEnd, token.OuterEnd, token);
            _sink.OnBlock(new ListingBlock
            {
                Kind = kind,
                Text = tokens.Text(token.OuterStart, token.OuterLength),
                Span = tokens.Span(token.OuterStart, token.OuterEnd, token),
            });
        }
    }

    /// <summary>Adds each non-blank line from <paramref name="first"/> to <paramref name="last"/> as a block of its own kind.</summary>
    private void AddLines(TokenList tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].Kind != LineKind.Blank)
            {
                AddBlocks(tokens, new Node(NodeKind.Recognized, i, i), tokens[i].Kind == LineKind.Text ? ListingBlockKind.Text : RecognizedKind(tokens[i]));
            }
        }
    }

    private static ListingBlockKind RecognizedKind(in LineToken token) => token.Kind switch
    {
        LineKind.Chrome => token.ChromeKind,
        LineKind.Separator => ListingBlockKind.Separator,
        LineKind.Meta => ListingBlockKind.Metadata,
        LineKind.ReadMore => ListingBlockKind.ReadMore,
        _ => ListingBlockKind.Text,
    };

    /// <summary>Describes the first non-blank token from <paramref name="index"/> on; the grammar has examined it.</summary>
    private static string DescribeAfter(TokenList tokens, int index)
    {
        while (index < tokens.Count && tokens[index].Kind == LineKind.Blank)
        {
            index++;
        }

        if (index >= tokens.Count)
        {
            return "the end of input";
        }

        ref var token = ref tokens[index];
        var what = token.Kind switch
        {
            LineKind.Text => "text",
            LineKind.Meta => "metadata",
            LineKind.ReadMore => "a read-more link",
            LineKind.Separator => "a separator",
            _ => "page chrome",
        };
        return FormattableString.Invariant($"{what} at line {token.LineNumber}");
    }

    private static SourceSpan SpanOf(TokenList tokens, int first, int last) =>
        tokens.Span(tokens[first].OuterStart, tokens[last].OuterEnd, tokens[first]);

    private static SourceSpan FieldSpan(TokenList tokens, in LineToken token) =>
        tokens.Span(token.FieldStart, token.FieldEnd, token);

    private static string Field(TokenList tokens, in LineToken token) => tokens.Text(token.FieldStart, token.FieldLength);

    private static string Text(TokenList tokens, int index) => Field(tokens, tokens[index]);

    private static string LinesWord(int count) =>
        count == 1 ? "1 line is" : FormattableString.Invariant($"{count} lines are");

    private static string Quote(string text)
    {
        if (text.Length <= QuoteLength)
        {
            return $"\"{text}\"";
        }

        // Never cut between the two halves of a surrogate pair.
        var cut = char.IsHighSurrogate(text[QuoteLength - 2]) ? QuoteLength - 2 : QuoteLength - 1;
        return $"\"{text[..cut]}…\"";
    }

    /// <summary>A diagnostic whose severity waits for what comes after it.</summary>
    private readonly record struct PendingDiagnostic(string Code, string? Message, SourceSpan Span, int Lines, int LastLine = 0)
    {
        public ListingDiagnostic WithSeverity(DiagnosticSeverity severity) =>
            new() { Code = Code, Severity = severity, Message = Message ?? StrayMessage(Lines), Span = Span };
    }

    /// <summary>The fields an entry takes from its lines, the first of each kind winning.</summary>
    /// <summary>A caption printed under an entry's teaser for the next entry: its text, its field's span, and where its line starts.</summary>
    private sealed record HangingCaption(string Text, SourceSpan Span, int LineOffset)
    {
        /// <summary>Widens the span of the entry that takes the caption up to the caption's line.</summary>
        public SourceSpan Widen(SourceSpan entry) =>
            new(LineOffset, entry.End - LineOffset, Span.Line, Span.Column - (Span.Offset - LineOffset));
    }

    /// <summary>An entry kept back for its caption line; <see cref="ShortEnd"/> is where its span ends when the next entry takes the line.</summary>
    private sealed record HeldEntry(ListingEntry Entry, int ShortEnd, HangingCaption Caption);

    private struct EntryFields
    {
        public int Caption;
        public int NextCaption;
        public int Kicker;
        public string? Byline;
        public SourceSpan? BylineSpan;
        public ListingDate? Published;
        public bool RelativeAbove;
        public string? ReadMore;
        public SourceSpan? ReadMoreSpan;
    }
}
