#if NET9_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace ArticleParser.Compat;

/// <summary>
/// Holds a case-insensitive set of words that can be asked about a span without allocating a string.
/// </summary>
/// <remarks>
/// Words are stored lower-cased and looked up by an ordinal hash of the lower-cased span (in a stack
/// buffer): much cheaper than case-insensitive hashing and comparison. Older targets pay one string
/// per lookup.
/// </remarks>
internal sealed class WordSet
{
    private readonly WordMap<bool> _map;

    public WordSet(IEnumerable<string> words)
    {
        Words = words.ToList();
        var entries = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in Words)
        {
            entries[word] = true;
        }

        _map = new WordMap<bool>(entries);
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Builds a set from words separated by single spaces.</summary>
    public static WordSet Of(string words) => new(words.Split([' '], StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(ReadOnlySpan<char> word) => _map.TryGetValue(word, out _);
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

    // One bit per hashed pair of first letters and length: most words that are not in the map fail this
    // test before any lower-casing or hashing (the length, which lower-casing keeps, tells apart most
    // words of a line that share their first letters with a key, such as "socialist" and "so").
    private readonly ulong[] _firstPairs = new ulong[PairBits / 64];

    private const int PairBits = 4096;

    public WordMap(IReadOnlyDictionary<string, TValue> entries)
    {
        var lowered = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            var lower = key.ToLowerInvariant();
            lowered[lower] = value;
            var bit = PairBit(lower.AsSpan());
            _firstPairs[bit >> 6] |= 1UL << (bit & 63);
        }

        Keys = [.. lowered.Keys];
        MaxLength = lowered.Count == 0 ? 0 : lowered.Keys.Max(k => k.Length);
#if NET9_0_OR_GREATER
        _lookup = lowered.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _map = lowered;
#endif
    }

    public int MaxLength { get; }

    /// <summary>Gets the keys, lower-cased.</summary>
    public IReadOnlyList<string> Keys { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var bit = PairBit(key);
        if (key.IsEmpty || key.Length > MaxLength || (_firstPairs[bit >> 6] & (1UL << (bit & 63))) == 0)
        {
            value = default!;
            return false;
        }

        Span<char> lower = stackalloc char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            lower[i] = Lower(c);
        }

#if NET9_0_OR_GREATER
        return _lookup.TryGetValue(lower, out value!);
#else
        return _map.TryGetValue(lower.ToString(), out value!);
#endif
    }

    private static int PairBit(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        var first = Fold(word[0]);
        var second = word.Length > 1 ? Fold(word[1]) : '\0';
        return ((((first * 31) + second) * 31) + word.Length) & (PairBits - 1);
    }

    /// <summary>
    /// Folds ASCII letters to lower case and every other character to one mark: the test needs no case
    /// table, and a character outside ASCII (whose upper case may lie anywhere) can never make it fail.
    /// </summary>
    /// <remarks>
    /// The two characters outside ASCII that lower-case into it, the Kelvin sign and (with some globalization
    /// libraries) the capital I with a dot, fold like the letter they become: else a word holding one at its
    /// start would be found or not depending on which other keys share its bit.
    /// </remarks>
    private static char Fold(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
        : c == '\u212A' ? 'k' : c == '\u0130' ? 'i' : '\u0080';

    private static char Lower(char c) => SpanText.ToLower(c);
}
