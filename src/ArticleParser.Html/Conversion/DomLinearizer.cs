using System.Text;
using AngleSharp.Dom;

namespace ArticleParser.Html.Conversion;

/// <summary>One line of text as the DOM renders it, with the elements it came from.</summary>
/// <param name="Text">The text, whitespace collapsed, never empty.</param>
/// <param name="Element">The element that held the line's first text (an <c>img</c> for alt text).</param>
/// <param name="Block">The innermost block element around the line (the <c>img</c> itself for alt text).</param>
/// <param name="Card">The innermost card around the line, if any.</param>
/// <param name="IsAlt">Whether the line is an image's alt text.</param>
/// <param name="BreakBefore">Whether a paragraph break (a card or chrome region edge) comes before the line.</param>
internal sealed record RawLine(string Text, IElement Element, IElement Block, IElement? Card, bool IsAlt, bool BreakBefore)
{
    /// <summary>Gets the line's runs: the text of each element in turn, as the line joined them.</summary>
    public IReadOnlyList<string> Segments { get; init; } = [Text];
}

/// <summary>
/// Walks the DOM in document order and cuts its text into lines: block elements and <c>br</c> end lines,
/// alt text stands on a line of its own, whitespace collapses as a browser collapses it, and two inline
/// elements never glue two words together.
/// </summary>
internal sealed class DomLinearizer
{
    private readonly HashSet<IElement> _cards;
    private readonly int _maxDepth;
    private readonly List<RawLine> _lines = [];
    private readonly StringBuilder _current = new();
    private IElement? _lineElement;
    private IElement? _lineBlock;
    private IElement? _lineCard;
    private bool _pendingSpace;
    private bool _elementBoundary;
    private bool _pendingBreak;
    private readonly List<int> _segmentStarts = [];
    private IElement? _segmentElement;

    private DomLinearizer(HashSet<IElement> cards, int maxDepth)
    {
        _cards = cards;
        _maxDepth = maxDepth;
    }

    /// <summary>Gets the first element that was too deep to convert, if any.</summary>
    public IElement? TooDeep { get; private set; }

    public static List<RawLine> Lines(IElement root, HashSet<IElement> cards, int maxDepth, out IElement? tooDeep)
    {
        var linearizer = new DomLinearizer(cards, maxDepth);
        linearizer.Walk(root, 0, root, null);
        linearizer.EndLine();
        tooDeep = linearizer.TooDeep;
        return linearizer._lines;
    }

    private void Walk(IElement element, int depth, IElement block, IElement? card)
    {
        if (depth > _maxDepth)
        {
            TooDeep ??= element;
            return;
        }

        if (HtmlRules.IsDropped(element))
        {
            _elementBoundary = true;
            return;
        }

        var isCard = _cards.Contains(element);
        // Only the edges of cards are paragraph breaks: the lines of chrome stay together in one paragraph,
        // which the parser reports as chrome or stray text, where blank lines between them would make
        // headline-and-teaser pairs of them.
        var isBreak = isCard;
        card = isCard ? element : card;
        if (element.LocalName == "br")
        {
            EndLine();
            return;
        }

        if (element.LocalName == "img")
        {
            AddAltText(element, card);
            return;
        }

        var isBlock = HtmlRules.IsBlock(element) || isCard;
        if (isBlock)
        {
            EndLine();
            block = element;
        }

        _pendingBreak |= isBreak;
        _elementBoundary = true;
        WalkChildren(element, depth, block, card);
        _elementBoundary = true;
        if (isBlock)
        {
            EndLine();
        }

        _pendingBreak |= isBreak;
    }

    /// <summary>Adds an image's alt text as a line of its own.</summary>
    private void AddAltText(IElement image, IElement? card)
    {
        var alt = Collapse(image.GetAttribute("alt"));
        if (alt.Length > 0)
        {
            EndLine();
            _lines.Add(new RawLine(alt, image, image, card, IsAlt: true, TakeBreak()));
        }

        _elementBoundary = true;
    }

    private void WalkChildren(IElement element, int depth, IElement block, IElement? card)
    {
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                Walk(childElement, depth + 1, block, card);
            }
            else if (child.NodeType == NodeType.Text)
            {
                AppendText(child.TextContent, element, block, card);
            }
            else
            {
                // A comment between two text nodes: the words on either side are two runs, not one word.
                _elementBoundary = true;
            }
        }
    }

    private void AppendText(string text, IElement element, IElement block, IElement? card)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                _pendingSpace = _current.Length > 0;
                continue;
            }

            if (_current.Length == 0)
            {
                _lineElement = element;
                _lineBlock = block;
                _lineCard = card;
                _segmentStarts.Clear();
                _segmentStarts.Add(0);
                _segmentElement = element;
            }
            else
            {
                if (_pendingSpace || (_elementBoundary && IsWordChar(_current[^1]) && IsWordChar(c)))
                {
                    _current.Append(' ');
                }

                if (!ReferenceEquals(element, _segmentElement))
                {
                    _segmentStarts.Add(_current.Length);
                    _segmentElement = element;
                }
            }

            _current.Append(c);
            _pendingSpace = false;
            _elementBoundary = false;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private void EndLine()
    {
        if (_current.Length > 0)
        {
            var text = _current.ToString();
            var segments = new List<string>(_segmentStarts.Count);
            for (var i = 0; i < _segmentStarts.Count; i++)
            {
                var end = i + 1 < _segmentStarts.Count ? _segmentStarts[i + 1] : text.Length;
                var segment = text[_segmentStarts[i]..end].Trim();
                if (segment.Length > 0)
                {
                    segments.Add(segment);
                }
            }

            _lines.Add(new RawLine(text, _lineElement!, _lineBlock!, _lineCard, IsAlt: false, TakeBreak()) { Segments = segments });
            _current.Clear();
        }

        _pendingSpace = false;
        _elementBoundary = false;
    }

    private bool TakeBreak()
    {
        var result = _pendingBreak;
        _pendingBreak = false;
        return result;
    }

    internal static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
