namespace ArticleParser.Html;

/// <summary>
/// Names the DOM element an entry came from: the repeated card (an article teaser among its siblings),
/// or, where the page repeats none, the block element that held the headline.
/// </summary>
/// <param name="CssPath">A CSS selector that finds exactly that element, such as <c>html &gt; body &gt; main &gt; article:nth-of-type(2)</c>.</param>
/// <param name="IsCard">Whether the element is a repeated card, as opposed to the headline's own block.</param>
public sealed record HtmlEntrySource(string CssPath, bool IsCard);
