using AngleSharp.Dom;

namespace ArticleParser.Html.Conversion;

/// <summary>
/// Finds the article cards of a page: MDR's observation (Liu, Grossman and Zhai, 2003) applied to the DOM,
/// where a parent repeats the same kind of child three times or more and each child holds at least two
/// lines of text (a headline and something else), those children are the records. An <c>article</c>
/// element (or a microdata posting) with two lines or more and a link is a card wherever it stands. Nothing inside <c>header</c>, <c>nav</c>,
/// <c>aside</c> or <c>footer</c> is a card: lists of links there are chrome, not entries.
/// </summary>
internal sealed class CardFinder
{
    private const int MinimumRepeats = 3;
    private const int MinimumLines = 2;

    private readonly Dictionary<IElement, int> _lines = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly int _maxDepth;

    private CardFinder(int maxDepth) => _maxDepth = maxDepth;

    /// <summary>Returns the set of card elements below <paramref name="root"/>.</summary>
    public static HashSet<IElement> Find(IElement root, int maxDepth)
    {
        var finder = new CardFinder(maxDepth);
        finder.CountLines(root, 0);
        finder.FindCards(root, 0, inChrome: false);
        return finder._cards;
    }

    // The number of lines an element's subtree produces, approximately: block elements that hold text
    // of their own, and images with alt text.
    private int CountLines(IElement element, int depth)
    {
        if (depth > _maxDepth || HtmlRules.IsDropped(element))
        {
            return 0;
        }

        var lines = 0;
        var ownText = false;
        if (element.LocalName == "img")
        {
            lines = string.IsNullOrWhiteSpace(element.GetAttribute("alt")) ? 0 : 1;
        }

        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                var childLines = CountLines(childElement, depth + 1);
                if (HtmlRules.IsBlock(childElement) || childElement.LocalName == "img")
                {
                    lines += childLines;
                }
                else if (childLines > 0)
                {
                    // Inline content: its text is on this element's line unless it holds blocks of its own.
                    ownText |= childLines == 1;
                    lines += childLines > 1 ? childLines : 0;
                }
            }
            else if (child.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(child.TextContent))
            {
                ownText = true;
            }
        }

        if (ownText)
        {
            lines++;
        }

        _lines[element] = lines;
        return lines;
    }

    private int Lines(IElement element) => _lines.TryGetValue(element, out var lines) ? lines : 0;

    // Bottom-up, so that only the innermost records count: a page's top-level blocks repeat too, but they
    // hold the cards rather than being them. Returns whether the subtree holds a card.
    private bool FindCards(IElement element, int depth, bool inChrome)
    {
        if (depth > _maxDepth || HtmlRules.IsDropped(element))
        {
            return false;
        }

        inChrome |= HtmlRules.IsChromeRegion(element);
        var holding = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var child in element.Children)
        {
            if (FindCards(child, depth + 1, inChrome))
            {
                holding.Add(child);
            }
        }

        if (!inChrome)
        {
            foreach (var group in element.Children.GroupBy(c => c.LocalName, StringComparer.Ordinal))
            {
                MarkRepeated(group.Where(c => !holding.Contains(c)).ToList());
            }

            foreach (var child in element.Children)
            {
                if (IsMarkedRecord(child) && !holding.Contains(child) && Lines(child) >= MinimumLines)
                {
                    _cards.Add(child);
                }
            }
        }

        return holding.Count > 0 || element.Children.Any(_cards.Contains);
    }

    // An article element, or an element that microdata marks as a posting, that links somewhere: a lead
    // story stands alone but is a record all the same. (An article without a link is page text, such as a
    // blog's introduction.)
    private static bool IsMarkedRecord(IElement element)
    {
        var marked = element.LocalName == "article"
            || (element.GetAttribute("itemtype") is { } type
                && (type.EndsWith("/BlogPosting", StringComparison.Ordinal) || type.EndsWith("/NewsArticle", StringComparison.Ordinal)
                    || type.EndsWith("/Article", StringComparison.Ordinal)));
        return marked && element.QuerySelector("a[href]") is not null;
    }

    // Siblings of one tag are one kind when they share the class names that most of them carry; a class
    // that only some carry (post-123, category-sport) tells the records apart, not the kind.
    private void MarkRepeated(List<IElement> siblings)
    {
        if (siblings.Count < MinimumRepeats)
        {
            return;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sibling in siblings)
        {
            foreach (var name in sibling.ClassList.Distinct(StringComparer.Ordinal))
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }
        }

        var shared = counts.Where(c => c.Value * 2 >= siblings.Count).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var kind in siblings.GroupBy(s => string.Join(' ', s.ClassList.Where(shared.Contains).Order(StringComparer.Ordinal)), StringComparer.Ordinal))
        {
            var rich = kind.Where(s => Lines(s) >= MinimumLines).ToList();
            if (rich.Count >= MinimumRepeats)
            {
                _cards.UnionWith(rich);
            }
        }
    }
}
