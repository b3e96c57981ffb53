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
internal static class TextLayout
{
    public static List<LaidLine> Arrange(List<RawLine> lines, ListingParserOptions? parserOptions)
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
            ArrangeCard(lines.GetRange(index, end - index), line.Card, result, parserOptions);
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

    private static void ArrangeCard(List<RawLine> card, IElement cardElement, List<LaidLine> result, ListingParserOptions? parserOptions)
    {
        if (card.Count == 1)
        {
            result.Add(new LaidLine(card[0].Text, card[0]));
            return;
        }

        var left = new List<RawLine>(card);
        var caption = left.FirstOrDefault(l => l.IsAlt);
        var headline = PickHeadline(left, cardElement);
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

        var head = result.Count - (teaser is null ? 1 : 3) - (caption is null ? 0 : 1);
        var probe = CardProbe.Start(result.Skip(head).Select(l => l.Text), parserOptions);
        if (probe is null)
        {
            // The card's own fields do not make one entry: keep every line, as the DOM ordered them.
            result.AddRange(meta.Concat(readMore).Concat(left).Select(l => new LaidLine(l.Text, l)));
            return;
        }

        PlaceTrailer(probe, meta, readMore, left, result);
    }

    /// <summary>Picks the card's headline: a hinted heading that is no date, a hinted heading, a link, or the first line that is no alt text.</summary>
    private static RawLine? PickHeadline(List<RawLine> left, IElement cardElement) =>
        // A heading that is a date (Blogger's date header) is metadata, not the headline.
        left.FirstOrDefault(l => !l.IsAlt && Chain(l, cardElement).Any(HtmlRules.HasHeadlineHint) && !Chain(l, cardElement).Any(HtmlRules.HasMetaHint))
            ?? left.FirstOrDefault(l => !l.IsAlt && Chain(l, cardElement).Any(HtmlRules.HasHeadlineHint))
            ?? left.FirstOrDefault(l => !l.IsAlt && Chain(l, cardElement).Any(e => e.LocalName == "a" && e.HasAttribute("href")))
            ?? left.FirstOrDefault(l => !l.IsAlt);

    /// <summary>Places the card's other lines in the entry in the first form the parser reads, and the rest after it.</summary>
    private static void PlaceTrailer(CardProbe probe, List<RawLine> meta, List<RawLine> readMore, List<RawLine> left, List<LaidLine> result)
    {
        var kept = new List<RawLine>();
        foreach (var line in meta.Concat(readMore).Concat(left))
        {
            var placed = false;
            foreach (var candidate in Variants(line))
            {
                if (probe.TryAdd(candidate))
                {
                    result.AddRange(candidate.Select(text => new LaidLine(text, line)));
                    placed = true;
                    break;
                }
            }

            if (!placed && !IsLabel(line) && !meta.Contains(line))
            {
                kept.Add(line);
            }
        }

        // Text the parser cannot place in the entry is still the page's text: it goes after the entry, where the
        // parser reports it. Left out are short labels (a category, "Details", "Travel") and metadata the parser
        // reads in no form: in the entry's trailer they would start entries of their own.
        result.AddRange(kept.Select(l => new LaidLine(l.Text, l)));
    }

    private static bool IsLabel(RawLine line)
    {
        var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return line.IsAlt || (words <= 4 && !line.Text.AsSpan().ContainsAny(".!?"));
    }

    // The ways a line can be written: as the DOM joined it; then, for a line of several runs (a byline and a
    // date in two elements, or parts set apart by separator glyphs), each run on its own line, with a short
    // connector word ("by", "on") kept with the run after it; then the runs without their label words
    // ("Submitted by", "on") separated by " | ", the form the parser reads as "byline | date". The " | " is
    // the only text the layout adds, and never inside a field.
    private static IEnumerable<string[]> Variants(RawLine line)
    {
        yield return [line.Text];
        if (line.IsAlt)
        {
            yield break;
        }

        var parts = line.Segments
            .SelectMany(s => s.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Any(char.IsLetterOrDigit))
            .ToList();
        if (parts.Count < 2)
        {
            yield break;
        }

        var runs = new List<string>();
        string? connector = null;
        foreach (var part in parts)
        {
            if (IsConnector(part))
            {
                connector = connector is null ? part : connector + " " + part;
                continue;
            }

            runs.Add(connector is null ? part : connector + " " + part);
            connector = null;
        }

        if (runs.Count >= 2)
        {
            yield return [.. runs];
        }

        // Without label runs ("Submitted by", "Written by:") and leading connector words ("on 3 May").
        var bare = parts
            .Where(p => !IsConnector(p) && !IsLabelRun(p))
            .Select(StripLeadingConnectors)
            .Where(p => p.Length > 0)
            .ToList();
        if (bare.Count >= 2)
        {
            yield return [string.Join(" | ", bare)];
        }
    }

    private static readonly string[] Separators = [" · ", " | ", " • ", " / ", " — ", " – ", " - ", " ∙ "];

    private static bool IsConnector(string part) => part.Length <= 4 && part.All(c => char.IsLower(c) || c == ' ');

    // A run that only introduces the next one: its last word is a connector ("Submitted by") or it ends in a colon.
    private static bool IsLabelRun(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return part.EndsWith(':') || (words.Length > 1 && IsConnector(words[^1]));
    }

    private static string StripLeadingConnectors(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (skip < words.Length - 1 && IsConnector(words[skip]))
        {
            skip++;
        }

        return string.Join(' ', words.Skip(skip));
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
