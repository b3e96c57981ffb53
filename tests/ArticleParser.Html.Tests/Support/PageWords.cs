using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArticleParser.Html.Tests.Support;

/// <summary>
/// The words of a page as its DOM holds them: each text node and each alt attribute is one run, and a word
/// is a maximal sequence of letters, digits and combining marks inside one run. A field word that is no
/// word of any single run was glued together from two runs (or invented).
/// </summary>
internal sealed class PageWords
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public PageWords(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Collect(document.DocumentElement);
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Returns the words of <paramref name="field"/> that are no word of any single DOM run.</summary>
    public IEnumerable<string> Foreign(string? field) => Words(field).Where(w => !_words.Contains(w));

    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private void Collect(INode node)
    {
        var pending = new Stack<INode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is IElement element && element.GetAttribute("alt") is { } alt)
            {
                _words.UnionWith(Words(alt));
            }

            if (current.NodeType == NodeType.Text)
            {
                _words.UnionWith(Words(current.TextContent));
            }

            for (var child = current.FirstChild; child is not null; child = child.NextSibling)
            {
                pending.Push(child);
            }
        }
    }
}
