using System.Text;
using AngleSharp.Dom;

namespace ArticleParser.Html.Conversion;

/// <summary>One line of the laid-out text: its text (empty for a blank line) and where it came from.</summary>
internal readonly record struct LaidLine(string Text, RawLine? Source);

/// <summary>
/// Lays the DOM's lines out the way the listing parser reads best. A card becomes one paragraph group:
/// alt text directly above the headline, the headline, a blank line, the teaser, then the byline and date
/// lines, the read-more link and whatever else the card holds, each on a line of its own; cards and the
/// page's chrome regions are set apart by blank lines. Lines outside cards keep their document order.
/// </summary>
internal static class ListingLayout
{
    public static List<LaidLine> Arrange(List<RawLine> lines)
    {
        var result = new List<LaidLine>(lines.Count * 2);
        var index = 0;
        while (index < lines.Count)
        {
            var line = lines[index];
            if (line.Card is null)
            {
                if (line.BreakBefore)
                {
                    Blank(result);
                }

                result.Add(new LaidLine(line.Text, line));
                index++;
                continue;
            }

            var end = index + 1;
            while (end < lines.Count && ReferenceEquals(lines[end].Card, line.Card) && !lines[end].BreakBefore)
            {
                end++;
            }

            Blank(result);
            ArrangeCard(lines.GetRange(index, end - index), line.Card, result);
            Blank(result);
            index = end;
        }

        while (result.Count > 0 && result[^1].Source is null)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    public static string Render(List<LaidLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.Text).Append('\n');
        }

        return text.ToString();
    }

    private static void Blank(List<LaidLine> result)
    {
        if (result.Count > 0 && result[^1].Source is not null)
        {
            result.Add(new LaidLine("", null));
        }
    }

    private static void ArrangeCard(List<RawLine> card, IElement cardElement, List<LaidLine> result)
    {
        if (card.Count == 1)
        {
            result.Add(new LaidLine(card[0].Text, card[0]));
            return;
        }

        var left = new List<RawLine>(card);
        var caption = left.FirstOrDefault(l => l.IsAlt);
        var headline = left.FirstOrDefault(l => !l.IsAlt && Chain(l, cardElement).Any(HtmlRules.HasHeadlineHint))
            ?? left.FirstOrDefault(l => !l.IsAlt && Chain(l, cardElement).Any(e => e.LocalName == "a" && e.HasAttribute("href")))
            ?? left.FirstOrDefault(l => !l.IsAlt);
        if (headline is null)
        {
            result.AddRange(card.Select(l => new LaidLine(l.Text, l)));
            return;
        }

        left.Remove(headline);
        if (caption is not null)
        {
            left.Remove(caption);
        }

        var meta = left.Where(l => !l.IsAlt && Chain(l, cardElement).Any(HtmlRules.HasMetaHint)).ToList();
        left.RemoveAll(meta.Contains);
        var readMore = left.Where(l => !l.IsAlt && Chain(l, cardElement).Any(HtmlRules.HasReadMoreHint)).ToList();
        left.RemoveAll(readMore.Contains);
        var teaser = left.Where(l => !l.IsAlt).OrderByDescending(l => TeaserScore(l, cardElement)).ThenByDescending(l => l.Text.Length).FirstOrDefault();
        if (teaser is not null)
        {
            left.Remove(teaser);
        }

        if (caption is not null)
        {
            result.Add(new LaidLine(caption.Text, caption));
        }

        result.Add(new LaidLine(headline.Text, headline));
        if (teaser is not null)
        {
            result.Add(new LaidLine("", null));
            result.Add(new LaidLine(teaser.Text, teaser));
        }

        result.AddRange(meta.Concat(readMore).Concat(left).Select(l => new LaidLine(l.Text, l)));
    }

    private static int TeaserScore(RawLine line, IElement card)
    {
        if (line.Block.LocalName == "p" || HtmlRules.HasTeaserHint(line.Element) || HtmlRules.HasTeaserHint(line.Block))
        {
            return 2;
        }

        return Chain(line, card).Any(HtmlRules.HasTeaserHint) ? 1 : 0;
    }

    // The line's element and its ancestors up to, not including, the card.
    private static IEnumerable<IElement> Chain(RawLine line, IElement card)
    {
        for (var element = line.Element; element is not null && !ReferenceEquals(element, card); element = element.ParentElement)
        {
            yield return element;
        }
    }
}
