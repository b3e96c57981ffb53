using AngleSharp.Dom;

namespace ArticleParser.Html.Conversion;

/// <summary>
/// The element-level rules of the conversion, in one place: what is dropped, what ends a line, what is
/// page chrome, and which class names hint at a headline, a teaser, metadata or a read-more link.
/// </summary>
internal static class HtmlRules
{
    // Never rendered as text: code, styling, fallbacks, templates, and form controls.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
        "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output",
        "iframe", "object", "embed", "canvas", "svg", "math", "audio", "video", "source", "track", "map", "area",
    };

    // Elements that end the line before and after them (the CSS display: block family, plus table parts).
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul",
    };

    // Page regions whose edges are paragraph breaks, and which never hold article cards.
    private static readonly HashSet<string> Chrome = new(StringComparer.Ordinal) { "header", "nav", "aside", "footer" };

    private static readonly string[] HeadlineHints = ["title", "headline", "heading"];
    private static readonly string[] MetaHints = ["byline", "author", "date", "meta", "posted", "published", "timestamp", "dateline", "time", "submitted", "footer"];
    private static readonly string[] ReadMoreHints = ["more", "continue"];
    private static readonly string[] TeaserHints =
        ["excerpt", "summary", "teaser", "dek", "standfirst", "description", "desc", "intro", "lede", "lead", "snippet", "abstract", "content", "text", "body"];

    // Class names of content that is on the page for screen readers only.
    private static readonly string[] ScreenReaderOnly =
        ["screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden", "assistive-text", "element-invisible", "hidden", "d-none"];

    public static bool IsDropped(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && IsHiddenStyle(style))
        {
            return true;
        }

        foreach (var name in element.ClassList)
        {
            foreach (var hidden in ScreenReaderOnly)
            {
                if (string.Equals(name, hidden, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    // A header or footer is the page's banner or content info only outside sectioning content (the
    // HTML standard's rule); inside an article it is the card's own header or footer.
    public static bool IsChromeRegion(IElement element)
    {
        if (!Chrome.Contains(element.LocalName))
        {
            return false;
        }

        if (element.LocalName is "nav" or "aside")
        {
            return true;
        }

        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName is "article" or "aside" or "main" or "nav" or "section")
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsHeading(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'];

    public static bool HasHeadlineHint(IElement element) => IsHeading(element) || HasClassHint(element, HeadlineHints);

    public static bool HasMetaHint(IElement element) =>
        element.LocalName is "time" or "address" or "footer"
        || HasClassHint(element, MetaHints)
        || string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase)
        || element.GetAttribute("itemprop") is "author" or "datePublished" or "dateModified";

    public static bool HasReadMoreHint(IElement element) => HasClassHint(element, ReadMoreHints);

    public static bool HasTeaserHint(IElement element) => HasClassHint(element, TeaserHints);

    private static bool HasClassHint(IElement element, string[] hints)
    {
        foreach (var name in element.ClassList)
        {
            foreach (var hint in hints)
            {
                if (name.Contains(hint, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
