namespace ArticleParser.Compat;

/// <summary>
/// Maps characters to values, such as the phrases that start with a letter: an array answers for ASCII,
/// a dictionary for the rest.
/// </summary>
/// <remarks>Recognizers ask one on nearly every line, and an array index is far cheaper than hashing a key.</remarks>
internal sealed class CharMap<TValue>
    where TValue : class
{
    private readonly TValue?[] _ascii = new TValue?[128];
    private readonly Dictionary<char, TValue> _other = [];

    public CharMap(IEnumerable<KeyValuePair<char, TValue>> entries)
    {
        foreach (var (key, value) in entries)
        {
            if (key < 128)
            {
                _ascii[key] = value;
            }
            else
            {
                _other[key] = value;
            }
        }
    }

    /// <summary>Gets the value of a character, or null.</summary>
    public TValue? this[char key] => key < 128 ? _ascii[key] : _other.TryGetValue(key, out var value) ? value : null;
}
