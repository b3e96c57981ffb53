#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace ArticleParser.Compat;

/// <summary>
/// Holds a small set of characters to search spans for: vectorized <c>SearchValues</c> on .NET 8 and later.
/// </summary>
internal sealed class CharSet
{
#if NET8_0_OR_GREATER
    private readonly SearchValues<char> _values;
#else
    private readonly string _values;
#endif

    public CharSet(string values)
    {
#if NET8_0_OR_GREATER
        _values = SearchValues.Create(values);
#else
        _values = values;
#endif
    }

    public int IndexOfAny(ReadOnlySpan<char> text) => text.IndexOfAny(_values);

    public int LastIndexOfAny(ReadOnlySpan<char> text) => text.LastIndexOfAny(_values);
}
