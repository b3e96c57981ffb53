using System.Text;
using AngleSharp.Dom;

namespace ArticleParser.Html.Conversion;

/// <summary>Writes the CSS selector path of an element from the root: <c>html &gt; body &gt; main#content &gt; article:nth-of-type(2)</c>.</summary>
internal static class CssPath
{
    public static string Of(IElement element)
    {
        var steps = new List<string>();
        for (var current = element; current is not null; current = current.ParentElement)
        {
            steps.Add(Step(current));
        }

        steps.Reverse();
        return string.Join(" > ", steps);
    }

    private static string Step(IElement element)
    {
        var step = new StringBuilder(Identifier(element.LocalName) ? element.LocalName : "*");
        var id = element.Id;
        if (id is not null && Identifier(id))
        {
            step.Append('#').Append(id);
        }

        var parent = element.ParentElement;
        if (parent is not null)
        {
            var index = 0;
            var count = 0;
            foreach (var sibling in parent.Children)
            {
                if (sibling.LocalName == element.LocalName)
                {
                    count++;
                    if (ReferenceEquals(sibling, element))
                    {
                        index = count;
                    }
                }
            }

            if (count > 1 || step[0] == '*')
            {
                step.Append(":nth-of-type(").Append(index).Append(')');
            }
        }

        return step.ToString();
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
