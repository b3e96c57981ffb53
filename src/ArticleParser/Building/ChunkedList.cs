using System.Collections;

namespace ArticleParser.Building;

/// <summary>
/// Holds a growing list in fixed chunks of small arrays instead of one array that doubles.
/// </summary>
/// <remarks>
/// A document with a million non-entry lines would otherwise keep a multi-megabyte array of references
/// on the large-object heap, and every garbage collection during the parse would rescan it for the young
/// records being added: parse time would grow faster than the input. Full chunks age with their records.
/// </remarks>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;
    private const int FirstChunkSize = 16;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _chunks[index >> ChunkBits][index & (ChunkSize - 1)];
        }
    }

    public void Add(T item)
    {
        if (Count < ChunkSize)
        {
            // The first chunk grows from a few items, so a small listing pays for a small list.
            if (_chunks.Count == 0)
            {
                _chunks.Add(new T[FirstChunkSize]);
            }
            else if (Count == _chunks[0].Length)
            {
                var first = _chunks[0];
                Array.Resize(ref first, first.Length * 2);
                _chunks[0] = first;
            }
        }
        else if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[Count >> ChunkBits][Count & (ChunkSize - 1)] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i >> ChunkBits][i & (ChunkSize - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
