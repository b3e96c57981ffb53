#if NET9_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace ArticleParser.Compat;

/// <summary>
/// Holds a case-insensitive set of words that can be asked about a span without allocating a string
/// (on .NET 9 and later; older targets pay one string per lookup).
/// </summary>
internal sealed class WordSet
{
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#else
    private readonly HashSet<string> _set;
#endif

    public WordSet(IEnumerable<string> words)
    {
        var list = words.ToList();
        Words = list;
        MaxLength = list.Count == 0 ? 0 : list.Max(w => w.Length);
#if NET9_0_OR_GREATER
        _lookup = list.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _set = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase);
#endif
    }

    public IReadOnlyList<string> Words { get; }

    public int MaxLength { get; }

    /// <summary>Builds a set from words separated by single spaces.</summary>
    public static WordSet Of(string words) => new(words.Split([' '], StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength &&
#if NET9_0_OR_GREATER
        _lookup.Contains(word);
#else
        _set.Contains(word.ToString());
#endif
}

/// <summary>
/// Holds a case-insensitive map from phrases to values, asked about spans (see <see cref="WordSet"/>).
/// </summary>
internal sealed class WordMap<TValue>
{
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#else
    private readonly Dictionary<string, TValue> _map;
#endif

    public WordMap(IReadOnlyDictionary<string, TValue> entries)
    {
        MaxLength = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Length);
#if NET9_0_OR_GREATER
        _lookup = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _map = entries.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
#endif
    }

    public int MaxLength { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (key.Length > MaxLength)
        {
            value = default!;
            return false;
        }

#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(key, out value!);
#else
        return _map.TryGetValue(key.ToString(), out value!);
#endif
    }
}
