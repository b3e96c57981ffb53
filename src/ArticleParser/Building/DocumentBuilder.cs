using System.Globalization;
using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser.Building;

/// <summary>
/// Turns the grammar's nodes into the public records and the diagnostics that explain every non-entry line.
/// </summary>
internal sealed class DocumentBuilder
{
    private const int QuoteLength = 60;

    private readonly TokenList _tokens;
    private readonly List<ListingEntry> _entries;
    private readonly List<ListingBlock> _blocks = [];
    private readonly List<ListingDiagnostic> _diagnostics = [];

    private DocumentBuilder(TokenList tokens, int expectedEntries)
    {
        _tokens = tokens;
        _entries = new List<ListingEntry>(expectedEntries);
    }

    private string Source => _tokens.Source;

    public static ListingDocument Build(TokenList tokens, List<Node> nodes)
    {
        var builder = new DocumentBuilder(tokens, nodes.Count / 2);
        var firstEntry = nodes.FindIndex(n => n.Kind == NodeKind.Entry);
        var lastEntry = nodes.FindLastIndex(n => n.Kind == NodeKind.Entry);

        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            switch (node.Kind)
            {
                case NodeKind.Entry:
                    builder.AddEntry(node);
                    break;
                case NodeKind.HeadlineWithoutTeaser:
                    var atEdge = firstEntry < 0 || i < firstEntry || i > lastEntry;
                    builder.AddHeadlineWithoutTeaser(node, atEdge ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning);
                    break;
                case NodeKind.StrayLine:
                    // Consecutive stray lines are the head of one long paragraph: one diagnostic for all.
                    var last = i;
                    while (last + 1 < nodes.Count && nodes[last + 1].Kind == NodeKind.StrayLine)
                    {
                        last++;
                    }

                    builder.AddStrayLines(node.First, last - i + 1);
                    i = last;
                    break;
                case NodeKind.Blank:
                default:
                    break;
            }
        }

        if (builder._entries.Count == 0)
        {
            builder._diagnostics.Insert(0, builder.NoEntries());
        }

        return new ListingDocument(builder._entries, builder._blocks, builder._diagnostics);
    }

    private void AddEntry(Node node)
    {
        ref readonly var headline = ref _tokens[node.First + node.Count - 1];
        ref readonly var teaser = ref _tokens[node.Teaser];
        ref readonly var first = ref _tokens[node.First];
        var headlineText = Text(headline);
        var teaserText = Text(teaser);

        _entries.Add(new ListingEntry
        {
            ImageCaption = node.Count == 2 ? Text(first) : null,
            Headline = headlineText,
            Teaser = teaserText,
            IsTeaserTruncated = TextRules.EndsWithTruncationMarker(teaserText),
            Label = TextRules.TryGetLabel(headlineText, out var label) ? headlineText[label] : null,
            Span = new SourceSpan(first.ContentStart, teaser.ContentEnd - first.ContentStart, first.LineNumber, first.Column),
            ImageCaptionSpan = node.Count == 2 ? first.Span : null,
            HeadlineSpan = headline.Span,
            TeaserSpan = teaser.Span,
        });

        if (node.GapLines > 1)
        {
            ref readonly var gapStart = ref _tokens[node.First + node.Count];
            _diagnostics.Add(new ListingDiagnostic
            {
                Code = DiagnosticCodes.ExtraBlankLines,
                Severity = DiagnosticSeverity.Info,
                Message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Expected one blank line between headline and teaser, found {node.GapLines}; the entry is kept."),
                Span = new SourceSpan(gapStart.LineStart, teaser.LineStart - gapStart.LineStart, gapStart.LineNumber, 1),
            });
        }
    }

    private void AddHeadlineWithoutTeaser(Node node, DiagnosticSeverity severity)
    {
        var headline = Text(_tokens[node.First + node.Count - 1]);
        AddBlocks(node.First, node.Count);
        _diagnostics.Add(new ListingDiagnostic
        {
            Code = DiagnosticCodes.HeadlineWithoutTeaser,
            Severity = severity,
            Message = string.Create(
                CultureInfo.InvariantCulture,
                $"Expected a blank line and a one-line teaser after headline {Quote(headline)}, found {DescribeWhatFollows(node.First + node.Count)}; {LinesWord(node.Count)} kept as non-entry text."),
            Span = SpanOf(node.First, node.Count),
        });
    }

    private void AddStrayLines(int first, int count)
    {
        var paragraph = count;
        while (first + paragraph < _tokens.Count && _tokens[first + paragraph].Kind == LineKind.Text)
        {
            paragraph++;
        }

        AddBlocks(first, count);
        _diagnostics.Add(new ListingDiagnostic
        {
            Code = DiagnosticCodes.ParagraphTooLong,
            Severity = DiagnosticSeverity.Warning,
            Message = string.Create(
                CultureInfo.InvariantCulture,
                $"Expected a blank line after at most two lines (image caption and headline), found a paragraph of {paragraph} lines; the first {LinesWord(count)} kept as non-entry text."),
            Span = SpanOf(first, count),
        });
    }

    private ListingDiagnostic NoEntries() => new()
    {
        Code = DiagnosticCodes.NoEntries,
        Severity = DiagnosticSeverity.Info,
        Message = _blocks.Count == 0
            ? "Expected at least one entry (headline, blank line, teaser), found no text."
            : "Expected at least one entry (headline, blank line, teaser), found only non-entry text.",
        Span = new SourceSpan(0, 0, 1, 1),
    };

    private void AddBlocks(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            ref readonly var token = ref _tokens[i];
            _blocks.Add(new ListingBlock { Kind = ListingBlockKind.Text, Text = Text(token), Span = token.Span });
        }
    }

    private string DescribeWhatFollows(int index)
    {
        while (index < _tokens.Count && _tokens[index].Kind == LineKind.Blank)
        {
            index++;
        }

        if (index == _tokens.Count)
        {
            return "the end of input";
        }

        var lines = 0;
        while (index + lines < _tokens.Count && _tokens[index + lines].Kind == LineKind.Text)
        {
            lines++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"a paragraph of {lines} lines at line {_tokens[index].LineNumber}");
    }

    private SourceSpan SpanOf(int first, int count)
    {
        ref readonly var start = ref _tokens[first];
        ref readonly var end = ref _tokens[first + count - 1];
        return new SourceSpan(start.ContentStart, end.ContentEnd - start.ContentStart, start.LineNumber, start.Column);
    }

    private string Text(in LineToken token) => Source.Substring(token.ContentStart, token.ContentLength);

    private static string LinesWord(int count) => count == 1 ? "1 line is" : string.Create(CultureInfo.InvariantCulture, $"{count} lines are");

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
}
