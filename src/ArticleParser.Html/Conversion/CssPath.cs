using System.Text;
using AngleSharp.Dom;

namespace ArticleParser.Html.Conversion;

/// <summary>
/// Writes the CSS selector path of an element from the root: <c>html &gt; body &gt; main#content &gt; article:nth-of-type(2)</c>.
/// One instance serves one document and remembers the paths and sibling positions it has worked out, so
/// the paths of all lines cost time linear in the page (a parent of 5,000 cards is counted once, not per line).
/// </summary>
internal sealed class CssPath
{
    private readonly Dictionary<IElement, string> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, (int Index, int Count)> _positions = new(ReferenceEqualityComparer.Instance);

    public static string Of(IElement element) => new CssPath().PathOf(element);

    public string PathOf(IElement element)
    {
        // Iterative, so that a deep element costs no deep recursion.
        var pending = new Stack<IElement>();
        for (var current = element; current is not null && !_paths.ContainsKey(current); current = current.ParentElement)
        {
            pending.Push(current);
        }

        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var parent = current.ParentElement;
            var step = Step(current);
            _paths[current] = parent is null ? step : _paths[parent] + " > " + step;
        }

        return _paths[element];
    }

    private string Step(IElement element)
    {
        var step = new StringBuilder(Identifier(element.LocalName) ? element.LocalName : "*");
        var id = element.Id;
        if (id is not null && Identifier(id))
        {
            step.Append('#').Append(id);
        }

        if (element.ParentElement is { } parent)
        {
            if (!_positions.TryGetValue(element, out var position))
            {
                CountSiblings(parent);
                position = _positions[element];
            }

            if (position.Count > 1 || step[0] == '*')
            {
                step.Append(":nth-of-type(").Append(position.Index).Append(')');
            }
        }

        return step.ToString();
    }

    private void CountSiblings(IElement parent)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in parent.Children)
        {
            counts[child.LocalName] = counts.GetValueOrDefault(child.LocalName) + 1;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in parent.Children)
        {
            var index = seen.GetValueOrDefault(child.LocalName) + 1;
            seen[child.LocalName] = index;
            _positions[child] = (index, counts[child.LocalName]);
        }
    }

    // Names that need no escaping in a selector.
    private static bool Identifier(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
